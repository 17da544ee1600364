/// How the need to retrain each new model tempers the acceleration exponent (METHODS §9).
///
/// Without retraining, each doubling time is the last one times 2^x with x = p·(1/r − 1).
public enum RetrainingCost: String, Codable, Sendable, Hashable, CaseIterable {
    /// No retraining cost: the exponent is x.
    case none
    /// x/|x + 1|, the form in the code that produced the published table.
    case codeForm
    /// x/(1 + |x|), the form written in the paper.
    case paperForm

    /// The exponent actually applied for a raw exponent `x`.
    @inlinable
    public func exponent(_ x: Double) -> Double {
        switch self {
        case .none: return x
        case .codeForm: return x / abs(x + 1)
        case .paperForm: return x / (1 + abs(x))
        }
    }
}

/// How long the first doubling after automation takes, given today's doubling time T₀.
public enum FirstDoublingConvention: String, Codable, Sendable, Hashable, CaseIterable {
    /// T₀/f: the published Monte Carlo.
    case dividedBySpeedUp
    /// T₀/(1 + f): the same authors' single-run page.
    case dividedByOnePlusSpeedUp
}

/// The gradual-boost variant: the speed-up ramps up instead of arriving at once.
///
/// f(t) = f₀·(f_final/f₀)^(t/ramp) while a compute index e^((ln 2/T_K)·t), grown step by step,
/// is below `computeIndexCeiling`; then f_final. The first doubling takes T₀/(1 + f₀). The
/// defaults are the published run's: f₀ = 0.1, a 60-month ramp, compute doubling every 5 months,
/// ceiling 4096 (twelve compute doublings, i.e. the same 60 months).
public struct GradualBoost: Codable, Sendable, Hashable {
    /// The speed-up at the moment of automation.
    public let initialSpeedUp: Double
    /// Months over which f grows from f₀ to its final value.
    public let rampMonths: Double
    /// Doubling time of the compute index in months.
    public let computeDoublingMonths: Double
    /// Compute-index level at which f jumps to its final value.
    public let computeIndexCeiling: Double

    /// The published settings.
    public static let published = GradualBoost(uncheckedInitialSpeedUp: 0.1, rampMonths: 60,
                                               computeDoublingMonths: 5, computeIndexCeiling: 4096)

    /// Creates a gradual boost after checking every value is positive and finite.
    /// - Throws: ``AutomationLoopError/notPositive(_:value:)`` naming ``AutomationLoopError/Setting/gradualBoost``.
    public init(initialSpeedUp: Double, rampMonths: Double, computeDoublingMonths: Double,
                computeIndexCeiling: Double) throws {
        for value in [initialSpeedUp, rampMonths, computeDoublingMonths, computeIndexCeiling] {
            guard value.isFinite else { throw AutomationLoopError.notFinite(.gradualBoost, value: value) }
            guard value > 0 else { throw AutomationLoopError.notPositive(.gradualBoost, value: value) }
        }
        self.init(uncheckedInitialSpeedUp: initialSpeedUp, rampMonths: rampMonths,
                  computeDoublingMonths: computeDoublingMonths, computeIndexCeiling: computeIndexCeiling)
    }

    init(uncheckedInitialSpeedUp: Double, rampMonths: Double, computeDoublingMonths: Double,
         computeIndexCeiling: Double) {
        self.initialSpeedUp = uncheckedInitialSpeedUp
        self.rampMonths = rampMonths
        self.computeDoublingMonths = computeDoublingMonths
        self.computeIndexCeiling = computeIndexCeiling
    }
}

/// Where each run's initial returns r₀ come from.
public enum ReturnsSource: Codable, Sendable, Hashable {
    /// Drawn from a range (log-uniform 0.4–3.6 in the published main run).
    case range(SamplingRange)
    /// Taken from supplied draws of r (bootstrap replicates or posterior draws, after the
    /// adjustments that turn rdfit's λ/β into the model's deflated λα/β): run j uses the draw at
    /// an index chosen uniformly from its own stream, so the choice is seeded and independent of
    /// threads. A draw ≤ 0 gives a run that makes no progress; it is counted, not dropped.
    case draws([Double])
}

/// Why one run stopped.
public enum AutomationLoopEndReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// The step that passed the horizon was taken.
    case horizonPassed
    /// Software reached the ceiling set by the distance to limits.
    case ceilingReached
    /// r fell to zero or below (or started there).
    case returnsExhausted
    /// The next doubling time was so short that time no longer advanced (t + dt = t).
    case doublingTimeUnderflow
    /// The next doubling time overflowed to infinity.
    case doublingTimeOverflow
}
