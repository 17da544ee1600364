/// Which transition density the Bayesian single-endpoint estimator uses (<doc:BayesianSingleEndpoint>).
public enum BayesLikelihood: String, Sendable, Hashable, Codable, CaseIterable {
    /// The exact Feller transition density, ``FellerTransitionDensity/logDensity(x:ell:nu:)``.
    /// The default: it is the model's actual likelihood.
    case exact
    /// The authors' series truncated by double precision gamma overflow,
    /// ``FellerTransitionDensity/logDensityPublished(x:ell:nu:)``: only to reproduce the published
    /// tables (Erdil, Besiroglu & Ho 2024; Eth & Davidson 2025, Table 4) and show the difference.
    case published
}
