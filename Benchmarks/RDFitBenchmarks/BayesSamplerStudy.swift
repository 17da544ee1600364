import Dispatch
import Foundation
import RDFit

// The Bayesian single-endpoint sampler studied in-process (`--bayes-study`): the four bundled
// domains under both likelihoods, run with the library's estimator for several seeds, timing
// each run and measuring each r median's Monte-Carlo standard error as the spread across seeds
// (and the sampler's own batch estimate), to compare sampler versions at equal settings.

/// One bundled domain's inputs and output factor, read from its file's `# rdfit:` line.
struct BayesStudyDomain {
    let name: String
    let inputs: [Double]
    let horizon: Int
    let factor: Double

    /// Reads `Data/<name>.csv`: the `--growth-factor F --over T` defaults and the input column.
    init(root: URL, name: String) throws {
        self.name = name
        let text = try String(contentsOf: root.appendingPathComponent("Data/\(name).csv"), encoding: .utf8)
        var values: [Double] = []
        var factor = Double.nan, horizon = 0
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# rdfit:") {
                let words = line.split(separator: " ").map(String.init)
                if let i = words.firstIndex(of: "--growth-factor") {
                    factor = try ArithmeticExpression.evaluate(words[i + 1])
                }
                if let i = words.firstIndex(of: "--over") { horizon = Int(words[i + 1]) ?? 0 }
            } else if !line.hasPrefix("#") {
                let cells = line.split(separator: ",")
                if cells.count >= 2, let value = Double(cells[1]) { values.append(value) }
            }
        }
        inputs = values
        self.horizon = horizon
        self.factor = factor
    }

    func specification(
        _ likelihood: BayesLikelihood, seed: UInt64, chains: Int?, draws: Int?, warmUp: Int?,
        threads: Int
    ) throws -> BayesSingleEndpointSpecification {
        try BayesSingleEndpointSpecification(
            inputs: inputs, horizon: horizon, outputFactor: factor, likelihood: likelihood,
            sampler: SamplerSettings(
                chains: chains ?? BayesSingleEndpointSpecification.defaultChains,
                drawsPerChain: draws ?? BayesSingleEndpointSpecification.defaultDrawsPerChain,
                warmUp: warmUp ?? BayesSingleEndpointSpecification.defaultWarmUp, seed: seed, threads: threads))
    }
}

/// Runs the study and prints one line per domain × likelihood, then the total.
func bayesStudy(root: URL, seeds: Int, chains: Int?, draws: Int?, warmUp: Int?, threads: Int) throws {
    let domains = try ["computer-vision", "atari-rl", "sat-solvers", "linear-programming"].map {
        try BayesStudyDomain(root: root, name: $0)
    }
    print(
        "Bayesian sampler study: \(seeds) seeds, chains \(chains.map(String.init) ?? "default"), "
            + "draws \(draws.map(String.init) ?? "default"), warm-up \(warmUp.map(String.init) ?? "default"), "
            + "\(threads) threads")
    var totals = [Double](repeating: 0, count: seeds)
    let cpuStart = cpuSeconds()
    var worst = 0.0
    for domain in domains {
        for likelihood in BayesLikelihood.allCases {
            var medians: [Double] = [], walls: [Double] = [], reported: [Double] = []
            var q05: [Double] = [], q95: [Double] = [], beta: [Double] = [], lambda: [Double] = [], ess: [Double] = []
            var acceptance: [Double] = []
            for s in 0..<seeds {
                let spec = try domain.specification(
                    likelihood, seed: UInt64(1000 * (s + 1)), chains: chains,
                    draws: draws, warmUp: warmUp, threads: threads)
                let start = DispatchTime.now().uptimeNanoseconds
                let result = try BayesSingleEndpointEstimator.estimate(spec)
                let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                walls.append(wall)
                totals[s] += wall
                medians.append(result.r.q50)
                q05.append(result.r.q05)
                q95.append(result.r.q95)
                beta.append(result.beta.q50)
                lambda.append(result.lambda.q50)
                ess.append(result.samplerDiagnostics.effectiveSampleSizeR)
                acceptance.append(result.samplerDiagnostics.acceptanceRate)
                reported.append(result.samplerDiagnostics.medianRStandardError)
            }
            let (center, sd) = meanAndSD(medians)
            worst = max(worst, sd / center)
            let label = "\(domain.name) \(likelihood.rawValue)".padding(toLength: 27, withPad: " ", startingAt: 0)
            let format =
                " %.3fs  r50 %.4f sd %.4f (%.2f%%) est %.2f%%  r05 %.4f (sd %.4f) r95 %.4f (sd %.4f)"
                + "  b50 %.4f l50 %.4f  ESS %.0f acc %.3f"
            print(
                label
                    + String(
                        format: format, mean(walls), center, sd, 100 * sd / center,
                        100 * mean(reported) / center, mean(q05), meanAndSD(q05).1, mean(q95), meanAndSD(q95).1,
                        mean(beta), mean(lambda), mean(ess), mean(acceptance)))
        }
    }
    print(
        String(
            format: "four domains x two likelihoods: median total %.2f s wall, %.2f s CPU per seed; "
                + "worst r-median spread across seeds %.2f%%",
            totals.sorted()[totals.count / 2], (cpuSeconds() - cpuStart) / Double(seeds), 100 * worst))
}

private func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

private func meanAndSD(_ values: [Double]) -> (Double, Double) {
    let m = mean(values)
    let ss = values.reduce(0) { $0 + ($1 - m) * ($1 - m) }
    return (m, (ss / Double(max(values.count - 1, 1))).squareRoot())
}

/// User plus system CPU seconds of this process so far (the machine is shared, so wall time is noisy).
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
