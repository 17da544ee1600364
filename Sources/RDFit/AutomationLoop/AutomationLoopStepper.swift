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

/// Receives each recorded point of a run: time in months, doublings so far, r and f after the step.
protocol AutomationLoopRecorder {
    mutating func record(months: Double, doublings: Int, returns: Double, speedUp: Double)
}

extension AutomationLoopSpecification {
    /// Runs the doubling recurrence (<doc:AutomationLoop>) for one parameter set, reporting every point.
    ///
    /// The start (t = 0) is recorded. One step, in this order: t ← t + dt; one more doubling; the
    /// compute index (gradual boost only) grows by e^((ln 2/T_K)·dt); f is updated; r ← r − r₀/N
    /// (unless r is constant); the point is recorded; then, if r > 0,
    /// dt ← dt·2^x′·(1 + f_before)/(1 + f_after) with x′ the retraining form of x = p(1/r − 1)
    /// (with a ``AutomationLoopComputeBottleneck``: of log₂ of the CES law's doubling-time ratio).
    /// Steps repeat while t < horizon, doublings < N = (12/T₀)/s_c·Y and r > 0. A step whose dt
    /// is infinite, or so small that t + dt = t, is not taken: the run ends there, cleanly.
    func simulate<Recorder: AutomationLoopRecorder>(
        _ parameters: AutomationLoopRunParameters, recorder: inout Recorder
    ) -> AutomationLoopEndReason {
        let ceiling = doublingsPerYearOfProgress * parameters.distanceToLimits
        let initial = parameters.initialReturns
        let decrement = constantReturns ? 0 : initial / ceiling
        let p = parameters.parallelPenalty
        let finalSpeedUp = parameters.speedUp
        var r = initial
        var t = 0.0
        var doublings = 0
        var f: Double
        var dt: Double
        var computeIndex = 1.0
        var rampRate = 0.0
        var computeRate = 0.0
        if let boost = gradualBoost {
            f = boost.initialSpeedUp
            dt = softwareDoublingMonths / (1 + boost.initialSpeedUp)
            rampRate = log(finalSpeedUp / boost.initialSpeedUp) / boost.rampMonths
            computeRate = M_LN2 / boost.computeDoublingMonths
        } else {
            f = finalSpeedUp
            switch firstDoubling {
            case .dividedBySpeedUp: dt = softwareDoublingMonths / finalSpeedUp
            case .dividedByOnePlusSpeedUp: dt = softwareDoublingMonths / (1 + finalSpeedUp)
            }
        }
        recorder.record(months: 0, doublings: 0, returns: r, speedUp: f)
        while true {
            if !(t < horizonMonths) { return .horizonPassed }
            if !(Double(doublings) < ceiling) { return .ceilingReached }
            if !(r > 0) { return .returnsExhausted }
            if !dt.isFinite { return .doublingTimeOverflow }
            if !(t + dt > t) { return .doublingTimeUnderflow }
            let before = f
            t += dt
            doublings += 1
            if let boost = gradualBoost {
                computeIndex *= exp(computeRate * dt)
                f = computeIndex < boost.computeIndexCeiling ? boost.initialSpeedUp * exp(t * rampRate) : finalSpeedUp
            }
            r -= decrement
            recorder.record(months: t, doublings: doublings, returns: r, speedUp: f)
            if r > 0 {
                let raw =
                    computeBottleneck?.log2Ratio(
                        doublings: doublings, months: t, lastMonths: dt, returns: r, parallelPenalty: p)
                    ?? p * (1 / r - 1)
                dt *= exp2(retrainingCost.exponent(raw)) * ((1 + before) / (1 + f))
            }
        }
    }
}
