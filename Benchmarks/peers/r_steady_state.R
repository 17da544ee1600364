# The 22-row steady-state job in R (issue 13): r = g_A / g_E on Data/sat-solvers.csv, with g_E the
# least-squares slope of ln(unique_authors) on the year over all 22 rows and g_A = ln(2^(21/2))/21,
# and a 90% percentile interval from 10,000 pairs-bootstrap replicates with boot() (statistic by the
# closed-form slope, the fastest plain-R form), boot.ci(type = "perc"). Prints one JSON line with the
# median and minimum in-process wall time over REPEATS runs (after 300 ms of warm-up) and the bounds.
#
# usage: Rscript r_steady_state.R FILE REPEATS SEED
suppressPackageStartupMessages(library(boot))
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]; repeats <- as.integer(args[2]); seed <- as.integer(args[3])
d <- read.csv(path, comment.char = "#")
d$log_authors <- log(d$unique_authors)
output_rate <- log(2^(21 / 2)) / 21
ratio <- function(data, i) {
  t <- data$year[i]; y <- data$log_authors[i]
  tc <- t - mean(t)
  output_rate / (sum(tc * (y - mean(y))) / sum(tc * tc))
}
job <- function() {
  b <- boot(d, ratio, R = 10000)
  list(b = b, ci = boot.ci(b, conf = 0.9, type = "perc"))
}
set.seed(seed)
warm_up_end <- proc.time()[["elapsed"]] + 0.3
repeat { job(); if (proc.time()[["elapsed"]] >= warm_up_end) break }
times <- numeric(0)
for (run in seq_len(repeats)) {
  t <- system.time(result <- job())[["elapsed"]] * 1000
  times <- c(times, t)
}
b <- result$b; ci <- result$ci
cat(sprintf('{"estimate": %.17g, "milliseconds": %.6g, "milliseconds_min": %.6g, "percentile": [%.17g, %.17g], "standard_error": %.17g, "tool": "R %s boot %s"}\n',
            b$t0, median(times), min(times), ci$percent[4], ci$percent[5], sd(b$t[, 1]),
            paste(R.version$major, R.version$minor, sep = "."), packageVersion("boot")))
