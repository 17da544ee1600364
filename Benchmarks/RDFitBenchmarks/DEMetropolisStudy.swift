import Dispatch
import Foundation
import RDFit

// The Monte-Carlo error of the 2024 notebook's published quantiles (`--demetropolis-study`), measured
// by re-running its sampler: PyMC's DEMetropolis (ter Braak 2006) with its defaults — a population of
// 20 chains each moved against the population of the previous step, proposal q + γ·(q_r1 − q_r2) + ε with γ = 2.38/sqrt(2·4), ε uniform on
// ±0.001 per coordinate (the "scaling" tuning of ε every 100 steps during the 5,000 tuning steps),
// all chains started from the model's initial point (PyMC adds no jitter for non-NUTS samplers) — on
// the published (truncated) likelihood, in PyMC's coordinates (ln λ, ln β, ln σ_s, ln u) through the
// library's public `BayesSingleEndpointModel.logPosterior(_:)`. Each replicate keeps 20 × 45,000
// draws as the notebook did; the spread of each quantile across replicates is the notebook's
// Monte-Carlo standard error, and the indicator effective sample size (Vehtari et al. 2021, §4.3)
// gives the integrated autocorrelation time τ = draws / ESS that `EndpointTableReproduction` states.

/// One DEMetropolis run in the notebook's settings; returns the retained r, β, λ draws by chain.
func deMetropolisRun(
    model: BayesSingleEndpointModel, seed: UInt64, chains: Int = 20, tune: Int = 5000, draws: Int = 45000
) -> (r: [[Double]], beta: [[Double]], lambda: [[Double]], acceptance: Double) {
    var generator = Xoshiro256StarStar(seed: seed)
    let gamma = 2.38 / (2.0 * 4.0).squareRoot()
    var states = [SIMD4<Double>](repeating: SIMD4(0, 0, 0, 0), count: chains)
    var densities = states.map { model.logPosterior($0) }
    var scaling = [Double](repeating: 0.001, count: chains)
    var acceptedInWindow = [Int](repeating: 0, count: chains)
    var r = [[Double]](repeating: [], count: chains)
    var beta = r, lambda = r
    var accepted = 0
    func tuned(_ scale: Double, _ rate: Double) -> Double {
        // PyMC's `tune`: shrink or grow the scale by the acceptance rate of the last window.
        switch rate {
        case ..<0.001: return scale * 0.1
        case ..<0.05: return scale * 0.5
        case ..<0.2: return scale * 0.9
        case 0.95...: return scale * 10
        case 0.75...: return scale * 2
        case 0.5...: return scale * 1.1
        default: return scale
        }
    }
    for iteration in 0..<(tune + draws) {
        // PyMC's population stepper moves every chain against the population of the previous step.
        let population = states
        for c in 0..<chains {
            if iteration < tune, iteration > 0, iteration % 100 == 0 {
                scaling[c] = tuned(scaling[c], Double(acceptedInWindow[c]) / 100)
                acceptedInWindow[c] = 0
            }
            var a = generator.nextInt(below: chains - 1)
            if a >= c { a += 1 }
            var b = generator.nextInt(below: chains - 2)
            if b >= min(a, c) { b += 1 }
            if b >= max(a, c) { b += 1 }
            var epsilon = SIMD4<Double>()
            for i in 0..<4 { epsilon[i] = (2 * generator.nextDouble() - 1) * scaling[c] }
            let proposal = states[c] + gamma * (population[a] - population[b]) + epsilon
            let density = model.logPosterior(proposal)
            if density.isFinite, log(generator.nextOpenDouble()) < density - densities[c] {
                states[c] = proposal
                densities[c] = density
                acceptedInWindow[c] += 1
                if iteration >= tune { accepted += 1 }
            }
            if iteration >= tune {
                let l = exp(states[c][0]), bt = exp(states[c][1])
                r[c].append(l / bt)
                beta[c].append(bt)
                lambda[c].append(l)
            }
        }
    }
    return (r, beta, lambda, Double(accepted) / Double(chains * draws))
}

/// Replicates per domain; prints the spread of each quantile and the indicator-ESS autocorrelation time.
func deMetropolisStudy(root: URL, replicates: Int, draws: Int, threads: Int) throws {
    let probabilities = [0.05, 0.25, 0.5, 0.75, 0.95]
    print("DEMetropolis, 20 chains × \(draws) draws after 5000 tuning, published likelihood, \(replicates) replicates")
    print("domain, quantity, p, mean over replicates, sd over replicates, mean indicator-ESS s.e., tau (draws/ESS)")
    for name in ["computer-vision", "atari-rl", "sat-solvers", "linear-programming"] {
        let domain = try BayesStudyDomain(root: root, name: name)
        let model = BayesSingleEndpointModel(
            specification: try domain.specification(
                .published, seed: 1, chains: nil, draws: nil, warmUp: nil, threads: 1))
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var rows: [Int: [(String, Double, Double, Double, Double)]] = [:]
            var acceptance: [Double] = []
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { worker in
            var k = worker
            while k < replicates {
                let run = deMetropolisRun(model: model, seed: 7_000 + UInt64(k), draws: draws)
                var rows: [(String, Double, Double, Double, Double)] = []
                for (quantity, chains, ps) in [
                    ("r", run.r, probabilities), ("beta", run.beta, [0.05, 0.5, 0.95]),
                    ("lambda", run.lambda, [0.05, 0.5, 0.95]),
                ] {
                    let sorted = chains.flatMap { $0 }.sorted()
                    for p in ps {
                        let q = Quantile.sorted(sorted, p)
                        let ess = MCMCConvergence.effectiveSampleSize(chains: chains.map { $0.map { $0 <= q ? 1 : 0 } })
                        let spread = (p * (1 - p) / ess).squareRoot()
                        let se =
                            (Quantile.sorted(sorted, min(1, p + spread)) - Quantile.sorted(sorted, max(0, p - spread)))
                            / 2
                        rows.append((quantity, p, q, se, Double(sorted.count) / ess))
                    }
                }
                results.lock.lock()
                results.rows[k] = rows
                results.acceptance.append(run.acceptance)
                results.lock.unlock()
                k += max(1, threads)
            }
        }
        let all = (0..<replicates).compactMap { results.rows[$0] }
        for j in all[0].indices {
            let values = all.map { $0[j].2 }
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, values.count - 1)))
                .squareRoot()
            let se = all.map { $0[j].3 }.reduce(0, +) / Double(all.count)
            let tau = all.map { $0[j].4 }.reduce(0, +) / Double(all.count)
            print(
                String(
                    format: "%@, %@, %.2f, %.4f, %.4f, %.4f, %.1f", name, all[0][j].0, all[0][j].1, mean, sd, se, tau))
        }
        let acc = results.acceptance.reduce(0, +) / Double(results.acceptance.count)
        print(
            String(
                format: "%@: acceptance %.3f; values by replicate (r q05): %@", name, acc,
                all.map { String(format: "%.4f", $0[0].2) }.joined(separator: " ")))
    }
}
