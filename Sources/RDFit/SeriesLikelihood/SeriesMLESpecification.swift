/// Settings of a full-series maximum-likelihood fit (<doc:FullSeriesLikelihood>).
public struct SeriesMLESpecification: Sendable, Hashable, Codable {
    /// The law of the noise. Default Gaussian: fast, and the stable model nests it at α = 2.
    public var noise: SeriesNoise
    /// Level of every interval. Default 0.9, as in the rest of rdfit.
    public var level: Double
    /// Whether to compute the profile-likelihood interval of r (the default interval). Default true.
    public var profileInterval: Bool
    /// Share of transitions, taken in date order, fitted in the chronological hold-out; nil skips
    /// it. Default 0.8 (the notebook's choice).
    public var holdOutShare: Double?
    /// Transition-bootstrap refits. Default 0 (each is a full refit).
    public var transitionBootstrapReplicates: Int
    /// Parametric-bootstrap refits on series simulated from the fit. Default 0.
    public var parametricBootstrapReplicates: Int
    /// Draws of (β, λ) from the Wald normal law (no refits). Default 1,000.
    public var waldNormalDraws: Int
    /// Seed of every random draw; replicate b uses stream b.
    public var seed: UInt64
    /// Worker threads for the bootstraps; results do not depend on it. Default 1.
    public var threads: Int
    /// Convergence tolerance on the largest gradient component of the log-likelihood. Default 1e-4.
    public var gradientTolerance: Double

    /// Creates a specification.
    /// - Throws: ``SeriesFitError`` of kind `invalidSetting` naming the setting: a level outside
    ///   (0, 1), a hold-out share outside (0, 1), a negative replicate count, fewer than one thread,
    ///   a non-positive tolerance.
    public init(
        noise: SeriesNoise = .gaussian, level: Double = 0.9, profileInterval: Bool = true,
        holdOutShare: Double? = 0.8, transitionBootstrapReplicates: Int = 0,
        parametricBootstrapReplicates: Int = 0, waldNormalDraws: Int = 1000, seed: UInt64 = 0,
        threads: Int = 1, gradientTolerance: Double = 1e-4
    ) throws {
        func invalid(_ setting: String, _ reason: String) -> SeriesFitError {
            SeriesFitError(.invalidSetting, subject: setting, reason: reason)
        }
        guard level > 0, level < 1 else { throw invalid("level", "must lie strictly between 0 and 1, got \(level)") }
        if let share = holdOutShare, !(share > 0 && share < 1) {
            throw invalid("holdOutShare", "must lie strictly between 0 and 1, got \(share)")
        }
        guard transitionBootstrapReplicates >= 0 else {
            throw invalid("transitionBootstrapReplicates", "must not be negative, got \(transitionBootstrapReplicates)")
        }
        guard parametricBootstrapReplicates >= 0 else {
            throw invalid("parametricBootstrapReplicates", "must not be negative, got \(parametricBootstrapReplicates)")
        }
        guard waldNormalDraws >= 0 else {
            throw invalid("waldNormalDraws", "must not be negative, got \(waldNormalDraws)")
        }
        guard threads >= 1 else { throw invalid("threads", "must be at least 1, got \(threads)") }
        guard gradientTolerance > 0, gradientTolerance.isFinite else {
            throw invalid("gradientTolerance", "must be positive, got \(gradientTolerance)")
        }
        self.noise = noise
        self.level = level
        self.profileInterval = profileInterval
        self.holdOutShare = holdOutShare
        self.transitionBootstrapReplicates = transitionBootstrapReplicates
        self.parametricBootstrapReplicates = parametricBootstrapReplicates
        self.waldNormalDraws = waldNormalDraws
        self.seed = seed
        self.threads = threads
        self.gradientTolerance = gradientTolerance
    }
}
