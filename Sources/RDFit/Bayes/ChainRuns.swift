#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The retained draws of one Metropolis chain, stored as runs: a rejected proposal repeats the
/// previous draw, so each run of equal draws is kept once, as its ln λ and ln β and its length
/// (20 bytes a run; at the sampler's acceptance of about a quarter, 5 bytes a draw instead of the
/// 24 of λ, β and r per draw). λ = e^(ln λ), β = e^(ln β) and r = e^(ln λ − ln β) are computed
/// from them by the expressions the sampler always used, so they are the same doubles, bit for bit.
struct ChainRuns: Sendable {
    /// One of the three recorded quantities.
    enum Parameter: Sendable, CaseIterable {
        case lambda, beta, r
    }

    /// ln λ of each run.
    private(set) var logLambda: [Double] = []
    /// ln β of each run.
    private(set) var logBeta: [Double] = []
    /// The number of draws in each run (at least 1; a run never exceeds `UInt32.max` draws).
    private(set) var runLengths: [UInt32] = []
    /// The number of draws.
    private(set) var count = 0
    /// The number of accepted proposals.
    var accepted = 0

    init() {}

    /// Records one draw: a new run when the chain `moved` (counted as accepted) or nothing is
    /// recorded yet, otherwise one more draw of the current run.
    mutating func record(logLambda lnLambda: Double, logBeta lnBeta: Double, moved: Bool) {
        if moved { accepted += 1 }
        count += 1
        if moved || runLengths.isEmpty || runLengths[runLengths.count - 1] == UInt32.max {
            logLambda.append(lnLambda)
            logBeta.append(lnBeta)
            runLengths.append(1)
        } else {
            runLengths[runLengths.count - 1] += 1
        }
    }

    /// The value of `parameter` in run `run`.
    @inline(__always)
    func value(_ parameter: Parameter, run: Int) -> Double {
        switch parameter {
        case .lambda: return exp(logLambda[run])
        case .beta: return exp(logBeta[run])
        case .r: return exp(logLambda[run] - logBeta[run])
        }
    }

    /// `parameter` of every run, in chain order.
    func runValues(_ parameter: Parameter) -> [Double] {
        (0..<runLengths.count).map { value(parameter, run: $0) }
    }

    /// Every draw of `parameter`, in chain order (for tests and small chains).
    func draws(_ parameter: Parameter) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(count)
        for run in runLengths.indices {
            let v = value(parameter, run: run)
            for _ in 0..<runLengths[run] { result.append(v) }
        }
        return result
    }
}
