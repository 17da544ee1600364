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
    public static let published = GradualBoost(
        uncheckedInitialSpeedUp: 0.1, rampMonths: 60,
        computeDoublingMonths: 5, computeIndexCeiling: 4096)

    /// Creates a gradual boost after checking every value is positive and finite.
    /// - Throws: ``AutomationLoopError/notPositive(_:value:)`` naming ``AutomationLoopError/Setting/gradualBoost``.
    public init(
        initialSpeedUp: Double, rampMonths: Double, computeDoublingMonths: Double,
        computeIndexCeiling: Double
    ) throws {
        for value in [initialSpeedUp, rampMonths, computeDoublingMonths, computeIndexCeiling] {
            guard value.isFinite else { throw AutomationLoopError.notFinite(.gradualBoost, value: value) }
            guard value > 0 else { throw AutomationLoopError.notPositive(.gradualBoost, value: value) }
        }
        self.init(
            uncheckedInitialSpeedUp: initialSpeedUp, rampMonths: rampMonths,
            computeDoublingMonths: computeDoublingMonths, computeIndexCeiling: computeIndexCeiling)
    }

    init(
        uncheckedInitialSpeedUp: Double, rampMonths: Double, computeDoublingMonths: Double,
        computeIndexCeiling: Double
    ) {
        self.initialSpeedUp = uncheckedInitialSpeedUp
        self.rampMonths = rampMonths
        self.computeDoublingMonths = computeDoublingMonths
        self.computeIndexCeiling = computeIndexCeiling
    }
}
