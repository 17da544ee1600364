/// Whether software growth explodes in the long run under CES research with compute fixed
/// (<doc:AutomationLoop>), for an adjustment row that turns an estimated r into a verdict.
///
/// - σ > 1 (substitutes): R grows like L, so the effective returns are r; explosion iff r > 1.
/// - σ = 1 (Cobb-Douglas): the effective returns are (1 − ε_K)·r, ε_K compute's share;
///   explosion iff (1 − ε_K)·r > 1.
/// - σ < 1 (complements): R is bounded by compute, so growth slows whatever r: no explosion.
public struct CESExplosionCondition: Codable, Sendable, Hashable {
    /// σ, in (0, ∞).
    public let elasticity: Double
    /// ε_K, compute's share of research input, in [0, 1); used only when σ = 1.
    public let computeShare: Double

    /// Creates the condition after checking it.
    /// - Throws: ``AutomationLoopError`` if σ ≤ 0 or not finite, or ε_K is outside [0, 1).
    public init(elasticity: Double, computeShare: Double) throws {
        guard elasticity.isFinite else { throw AutomationLoopError.notFinite(.elasticity, value: elasticity) }
        guard elasticity > 0 else { throw AutomationLoopError.notPositive(.elasticity, value: elasticity) }
        guard computeShare >= 0, computeShare < 1 else {
            throw AutomationLoopError.outOfRange(.computeShare, value: computeShare, allowed: "in [0, 1)")
        }
        self.elasticity = elasticity
        self.computeShare = computeShare
    }

    /// The returns that decide the long run: r (σ > 1), (1 − ε_K)·r (σ = 1), nil for σ < 1,
    /// where no value of r gives an explosion.
    public func effectiveReturns(_ returns: Double) -> Double? {
        if elasticity > 1 { return returns }
        if elasticity == 1 { return (1 - computeShare) * returns }
        return nil
    }

    /// Whether r gives a long-run explosion.
    public func explodes(_ returns: Double) -> Bool {
        effectiveReturns(returns).map { $0 > 1 } ?? false
    }
}
