/// A posterior density in four unconstrained sampler coordinates, as ``AdaptiveMetropolisChain``
/// moves in: the single-endpoint model (``BayesSingleEndpointModel``) and the full-series model
/// (``SeriesPosteriorModel``) share the sampler through it.
protocol SamplerDensity: Sendable {
    /// ln of the unnormalised density at sampler coordinates v (Jacobians included), and the
    /// model coordinates q = (ln λ, ln β, ln σ_s, ln u) that v maps to; −∞ where it is zero.
    func samplerLogDensity(_ v: SIMD4<Double>) -> (logDensity: Double, q: SIMD4<Double>)
}

extension BayesSingleEndpointModel: SamplerDensity {}
