/// The settings of one estimate of r from a data table, each optional so that a front end passes
/// what its user stated and the library fills the rest with the documented defaults.
///
/// A request is plain data; ``plan(table:threads:drawnSeed:)`` resolves it against a
/// ``DataTable`` into a validated ``ReturnsPlan`` (steady-state, Jones OLS or Bayesian
/// single-endpoint) and ``seriesPlan(table:threads:drawnSeed:)`` into a ``SeriesReturnsPlan``
/// (full-series maximum likelihood or posterior). Every refusal is a ``SpecificationError``
/// naming the ``Setting`` at fault, with other settings mentioned as ``Setting/mention``.
///
/// ```swift
/// var request = ReturnsRequest()
/// request.output = "quality"
/// request.seed = 7
/// let plan = try request.plan(table: table)
/// let estimate = try plan.estimate()
/// ```
public struct ReturnsRequest: Sendable, Hashable {
    /// The estimator (default ``ReturnsMethod/steadyState``).
    public var method: ReturnsMethod?
    /// Input column names (default: every column but the year and the output).
    public var inputs: [String] = []
    /// Stated Cobb-Douglas weights (default: equal; one input may take the remainder).
    public var weights: [InputWeightAssignment] = []
    /// The output level column.
    public var output: String?
    /// The output's doubling time in months.
    public var doublingTime: Double?
    /// The output's growth factor A_T/A_0 over ``growthHorizon`` years.
    public var growthFactor: Double?
    /// The horizon of ``growthFactor`` in years.
    public var growthHorizon: Double?
    /// The output's growth multiple per year.
    public var growthMultiple: Double?
    /// A lognormal interval on the stated output quantity (not with a level series).
    public var interval: ClosedRange<Double>?
    /// The level of ``interval`` (default 0.95).
    public var intervalLevel: Double?
    /// Full-series methods: the noise law (default Gaussian).
    public var noise: SeriesNoise?
    /// Full-series methods: whether the input is a flow (default) or a running count.
    public var inputKind: SeriesInputKind?
    /// `mle`: the share of transitions held out at the end (default ``SeriesReturnsPlan/defaultHoldOut``).
    public var holdOut: Double?
    /// Steady-state: how growth rates are fitted (default least squares).
    public var growthMethod: GrowthMethod?
    /// Use running totals of the inputs.
    public var cumulative: Bool?
    /// Use only the rows whose years lie in this range.
    public var years: ClosedRange<Double>?
    /// The bootstrap scheme (default pairs; block for Jones OLS).
    public var resampling: ResamplingChoice?
    /// The (mean) block length of a block or stationary bootstrap.
    public var blockLength: Double?
    /// Bootstrap replicates (default ``BootstrapSpecification/defaultReplicates``; for `mle`,
    /// transition-bootstrap refits, default 0).
    public var replicates: Int?
    /// The level of the interval on r (default 0.9).
    public var level: Double?
    /// The interval method on r (default percentile).
    public var intervalMethod: IntervalMethod?
    /// The seed of every random draw (default: the `drawnSeed` the plan is given).
    public var seed: UInt64?
    /// Jones OLS: the window in observations (default ``JonesSpecification/defaultWindow``).
    public var window: Int?
    /// Jones OLS: the Newey–West lag.
    public var hacLag: Int?
    /// Jones OLS: scale the HAC covariance by n/(n − 3).
    public var hacCorrection: Bool?
    /// Jones OLS: the input observations averaged per window.
    public var windowMean: JonesWindowMean?
    /// Bayesian methods: the transition density (default exact).
    public var likelihood: BayesLikelihood?
    /// Bayesian methods: Markov chains.
    public var chains: Int?
    /// Bayesian methods: retained draws per chain.
    public var draws: Int?
    /// Bayesian methods: warm-up iterations per chain.
    public var warmUp: Int?

    /// The longest Jones regression window accepted, in observations (the default is 10; a
    /// window longer than a few hundred leaves no yearly series enough windows).
    public static let maximumWindow = 1000
    /// The largest Newey–West lag accepted.
    public static let maximumLag = 1000

    /// A request with nothing stated.
    public init() {}

    /// The settings this request states, in a fixed order (other than ``seed``): the refusals
    /// of settings a method does not read are drawn from it.
    public var statedSettings: [Setting] {
        let stated: [(Setting, Bool)] = [
            (.input, !inputs.isEmpty), (.weight, !weights.isEmpty), (.output, output != nil),
            (.doublingTime, doublingTime != nil), (.growthFactor, growthFactor != nil),
            (.growthHorizon, growthHorizon != nil), (.growthMultiple, growthMultiple != nil),
            (.interval, interval != nil), (.intervalLevel, intervalLevel != nil), (.method, method != nil),
            (.noise, noise != nil), (.inputKind, inputKind != nil), (.holdOut, holdOut != nil),
            (.growthMethod, growthMethod != nil), (.cumulative, cumulative != nil), (.years, years != nil),
            (.resamplingScheme, resampling != nil), (.blockLength, blockLength != nil),
            (.replicates, replicates != nil), (.level, level != nil), (.intervalMethod, intervalMethod != nil),
            (.window, window != nil), (.hacLag, hacLag != nil), (.hacCorrection, hacCorrection != nil),
            (.windowMean, windowMean != nil), (.likelihood, likelihood != nil), (.chains, chains != nil),
            (.draws, draws != nil), (.warmUp, warmUp != nil),
        ]
        return stated.filter(\.1).map(\.0)
    }

    /// Refuses the first of `settings`, in their order, that this request states.
    /// - Throws: ``SpecificationError`` naming it, with `message`.
    func refuse(_ settings: [Setting], message: String) throws {
        let stated = Set(statedSettings)
        if let setting = settings.first(where: stated.contains) {
            throw SpecificationError(setting: setting, message: message)
        }
    }

    /// Checks the count and length settings that other settings are derived from (the block
    /// length defaults to the window), before any is converted or multiplied.
    /// - Throws: ``SpecificationError`` naming the setting, the value and the accepted range.
    func checkLimits() throws {
        if let window, !(1...Self.maximumWindow).contains(window) {
            throw SpecificationError(
                setting: .window,
                message: "the window must be from 1 to \(Self.maximumWindow) observations (got \(window))")
        }
        if let hacLag, !(0...Self.maximumLag).contains(hacLag) {
            throw SpecificationError(
                setting: .hacLag, message: "the Newey–West lag must be from 0 to \(Self.maximumLag) (got \(hacLag))")
        }
    }
}
