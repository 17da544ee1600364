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

/// Software growth with a CES research input once AI automates research (<doc:AutomationLoop>):
/// dS/dt = a·R^λ·S^(1−β), with R the ``CESResearchInput`` of L = d·S and K = K₀·e^(g_K·t).
///
/// Time is in the unit of a and g_K (use months to compare with ``AutomationLoopSimulation``).
/// With σ = 1 and g_K = 0 this is exactly the doubling recurrence of <doc:AutomationLoop> with p = αλ and
/// r = αλ/β: each doubling takes 2^(β − αλ) times as long as the last.
public struct CESLawOfMotion: Codable, Sendable, Hashable {
    /// The research input.
    public let research: CESResearchInput
    /// a, research productivity.
    public let productivity: Double
    /// λ, returns to research input.
    public let lambda: Double
    /// β, how fast ideas get harder to find.
    public let beta: Double
    /// d, labour per unit of software (L = d·S).
    public let laborPerSoftware: Double
    /// K₀, compute at t = 0.
    public let initialCompute: Double
    /// g_K, compute's exponential growth rate per time unit (0: compute fixed).
    public let computeGrowth: Double
    /// S₀, software at t = 0.
    public let initialSoftware: Double

    /// Creates the law of motion after checking it.
    /// - Throws: ``AutomationLoopError`` for a non-positive a, λ, β, d, K₀ or S₀ or a non-finite g_K.
    public init(
        research: CESResearchInput, productivity: Double = 1, lambda: Double, beta: Double,
        laborPerSoftware: Double = 1, initialCompute: Double = 1, computeGrowth: Double = 0,
        initialSoftware: Double = 1
    ) throws {
        let positives: [(Double, AutomationLoopError.Setting)] = [
            (productivity, .scale), (lambda, .lambda), (beta, .beta), (laborPerSoftware, .scale),
            (initialCompute, .scale), (initialSoftware, .scale),
        ]
        for (value, setting) in positives {
            guard value.isFinite else { throw AutomationLoopError.notFinite(setting, value: value) }
            guard value > 0 else { throw AutomationLoopError.notPositive(setting, value: value) }
        }
        guard computeGrowth.isFinite else { throw AutomationLoopError.notFinite(.computeGrowth, value: computeGrowth) }
        self.research = research
        self.productivity = productivity
        self.lambda = lambda
        self.beta = beta
        self.laborPerSoftware = laborPerSoftware
        self.initialCompute = initialCompute
        self.computeGrowth = computeGrowth
        self.initialSoftware = initialSoftware
    }

    /// With Cobb-Douglas research (σ = 1): the recurrence's p = αλ and deflated r = αλ/β; else nil.
    public var cobbDouglasRecurrence: (parallelPenalty: Double, returns: Double)? {
        guard research.elasticity == 1 else { return nil }
        let p = research.laborWeight * lambda
        return (p, p / beta)
    }

    /// dt/d(ln S) at ln S = u and time t: 1/(a·R^λ·S^(−β)), computed in logarithms.
    func timePerLogSoftware(logSoftware u: Double, time t: Double) -> Double {
        let logLabor = log(laborPerSoftware) + u
        let logCompute = log(initialCompute) + computeGrowth * t
        let logR = research.logValue(logLabor: logLabor, logCompute: logCompute)
        return exp(beta * u - log(productivity) - lambda * logR)
    }

    /// Integrates the law doubling by doubling: t as a function of u = ln S, by classical
    /// Runge-Kutta (fourth order) with `stepsPerDoubling` equal steps in u per doubling. With
    /// compute fixed the right-hand side depends on u only and each step is Simpson's rule.
    /// - Parameters:
    ///   - count: the number of doublings, 1 to 10⁶.
    ///   - stepsPerDoubling: integration steps per doubling; the default 256 gives a relative
    ///     error near 10⁻¹⁴ per doubling when the doubling time changes by a factor of 2 or less.
    /// - Returns: the time each doubling took; the list stops early if time overflows.
    /// - Throws: ``AutomationLoopError`` for a count or step number out of range.
    public func doublingTimes(count: Int, stepsPerDoubling: Int = 256) throws -> [Double] {
        guard count > 0, count <= 1_000_000 else {
            throw AutomationLoopError.outOfRange(.doublings, value: Double(count), allowed: "from 1 to 1,000,000")
        }
        guard stepsPerDoubling > 0, stepsPerDoubling <= 100_000 else {
            throw AutomationLoopError.outOfRange(
                .stepsPerDoubling, value: Double(stepsPerDoubling),
                allowed: "from 1 to 100,000")
        }
        let h = M_LN2 / Double(stepsPerDoubling)
        let u0 = log(initialSoftware)
        var t = 0.0
        var times: [Double] = []
        times.reserveCapacity(count)
        for doubling in 0..<count {
            let start = t
            let base = u0 + Double(doubling) * M_LN2
            for step in 0..<stepsPerDoubling {
                let u = base + Double(step) * h
                let k1 = timePerLogSoftware(logSoftware: u, time: t)
                let k2 = timePerLogSoftware(logSoftware: u + h / 2, time: t + h / 2 * k1)
                let k3 = timePerLogSoftware(logSoftware: u + h / 2, time: t + h / 2 * k2)
                let k4 = timePerLogSoftware(logSoftware: u + h, time: t + h * k3)
                t += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
            }
            guard t.isFinite else { break }
            times.append(t - start)
        }
        return times
    }
}
