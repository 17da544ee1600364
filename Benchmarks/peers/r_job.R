# The compare-peers job in R: 10,000 pairs-bootstrap refits of the 20x3 least-squares problem with
# boot() and .lm.fit (statistic: the x1 slope), then boot.ci(type = c("perc", "bca")). Prints one
# JSON line with the median wall time over REPEATS runs (after 300 ms of warm-up) and the bounds.
suppressPackageStartupMessages(library(boot))
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]; repeats <- as.integer(args[2]); seed <- as.integer(args[3])
d <- read.csv(path, comment.char = "#")
X <- cbind(1, d$x1, d$x2)
y <- d$y
slope <- function(data, i) .lm.fit(X[i, , drop = FALSE], y[i])$coefficients[2]
job <- function() {
  b <- boot(d, slope, R = 10000)
  list(b = b, ci = boot.ci(b, conf = 0.95, type = c("perc", "bca")))
}
set.seed(seed)
# Warm up for 300 ms (at least one run), as the rdfit job does, then time REPEATS runs.
warm_up_end <- proc.time()[["elapsed"]] + 0.3
repeat { job(); if (proc.time()[["elapsed"]] >= warm_up_end) break }
times <- numeric(0)
for (run in seq_len(repeats)) {
  t <- system.time(result <- job())[["elapsed"]] * 1000
  times <- c(times, t)
}
b <- result$b; ci <- result$ci
cat(sprintf('{"bca": [%.17g, %.17g], "estimate": %.17g, "milliseconds": %.6g, "percentile": [%.17g, %.17g], "standard_error": %.17g, "tool": "R %s boot %s"}\n',
            ci$bca[4], ci$bca[5], b$t0, median(times), ci$percent[4], ci$percent[5], sd(b$t[, 1]),
            paste(R.version$major, R.version$minor, sep = "."), packageVersion("boot")))
