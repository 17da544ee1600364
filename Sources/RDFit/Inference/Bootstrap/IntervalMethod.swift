/// How a bootstrap confidence interval is formed from the stored replicates (<doc:BootstrapIntervals>).
public enum IntervalMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// [q(α/2), q(1 − α/2)] of the replicates.
    case percentile
    /// [2θ̂ − q(1 − α/2), 2θ̂ − q(α/2)] (Davison & Hinkley's basic bootstrap).
    case basic
    /// Bias-corrected normal: (2θ̂ − mean θ*) ± z·sd(θ*), as R's `boot.ci(type = "norm")`.
    case normal
    /// Bias-corrected and accelerated (Efron 1987): z₀ = Φ⁻¹(share of θ* < θ̂), acceleration from
    /// the jackknife, then percentile at the adjusted levels (as SciPy's `bootstrap(method="BCa")`).
    case bca
}
