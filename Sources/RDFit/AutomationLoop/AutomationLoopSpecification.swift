/// Settings of a Monte Carlo of the automated research loop (Davidson & Houlden 2025; <doc:AutomationLoop>).
///
/// Each run draws r₀, the speed-up f, the parallel penalty p and the distance to limits Y from
/// their ranges, then doubles software step by step until the horizon passes, the ceiling of
/// (12/T₀)/s_c · Y doublings is reached or r falls to zero (see ``AutomationLoopSimulation``).
/// The initializer checks every setting; the `davidsonHoulden2025` preset gives the published
/// ranges.
public struct AutomationLoopSpecification: Codable, Sendable, Hashable {
    /// The largest number of runs accepted.
    public static let maximumRuns = 10_000_000
    /// The largest number of doublings one run may need to reach its ceiling.
    public static let maximumCeilingDoublings = 1_000_000.0

    /// Where r₀ comes from: a range or supplied draws.
    public let initialReturns: ReturnsSource
    /// The initial speed-up f (with the gradual boost: its final value).
    public let speedUp: SamplingRange
    /// The parallel penalty p = λα.
    public let parallelPenalty: SamplingRange
    /// The distance to effective limits, in years of progress at the recent pace.
    public let distanceToLimits: SamplingRange
    /// Software's share s_c of AI progress, in (0, 1).
    public let softwareShare: Double
    /// Today's software doubling time T₀ in months.
    public let softwareDoublingMonths: Double
    /// The horizon in months.
    public let horizonMonths: Double
    /// The retraining-cost form, if any.
    public let retrainingCost: RetrainingCost
    /// The gradual-boost settings, or nil for a speed-up that arrives at once.
    public let gradualBoost: GradualBoost?
    /// Whether r stays at r₀ instead of falling by r₀/N per doubling.
    public let constantReturns: Bool
    /// The first-doubling convention (ignored by the gradual boost, which uses T₀/(1 + f₀)).
    public let firstDoubling: FirstDoublingConvention
    /// A CES research input whose law of motion replaces the Cobb-Douglas recurrence, or nil.
    public let computeBottleneck: AutomationLoopComputeBottleneck?
    /// The outcomes to estimate.
    public let conditions: [ProgressCondition]
    /// Probability levels for the quantiles of years compressed into 12 months.
    public let quantileLevels: [Double]
    /// Months at which to summarise trajectories (median and 5–95% band), or nil for none.
    public let bandMonths: [Double]?
    /// The number of runs.
    public let runs: Int
    /// The seed; run j draws from `Xoshiro256StarStar(seed: seed, stream: j)`.
    public let seed: UInt64

    /// Creates a specification after checking every setting.
    /// - Parameters:
    ///   - initialReturns: a range for r₀ or supplied draws.
    ///   - speedUp: the range of f.
    ///   - parallelPenalty: the range of p.
    ///   - distanceToLimits: the range of Y in years; bounds must be positive.
    ///   - softwareShare: s_c in (0, 1); default 0.5.
    ///   - softwareDoublingMonths: T₀; default 3 months.
    ///   - horizonMonths: default 48 months.
    ///   - retrainingCost: default none.
    ///   - gradualBoost: default nil.
    ///   - constantReturns: default false.
    ///   - firstDoubling: default T₀/f, the published Monte Carlo.
    ///   - computeBottleneck: default nil (the recurrence).
    ///   - conditions: default the four of the published table.
    ///   - quantileLevels: default 5, 25, 50, 75 and 95%.
    ///   - bandMonths: default nil (no bands).
    ///   - runs: 1 to 10⁷.
    ///   - seed: the seed.
    /// - Throws: ``AutomationLoopError`` naming the first invalid setting.
    public init(
        initialReturns: ReturnsSource, speedUp: SamplingRange, parallelPenalty: SamplingRange,
        distanceToLimits: SamplingRange, softwareShare: Double = 0.5, softwareDoublingMonths: Double = 3,
        horizonMonths: Double = 48, retrainingCost: RetrainingCost = .none,
        gradualBoost: GradualBoost? = nil, constantReturns: Bool = false,
        firstDoubling: FirstDoublingConvention = .dividedBySpeedUp,
        computeBottleneck: AutomationLoopComputeBottleneck? = nil,
        conditions: [ProgressCondition] = ProgressCondition.standard,
        quantileLevels: [Double] = [0.05, 0.25, 0.5, 0.75, 0.95], bandMonths: [Double]? = nil,
        runs: Int, seed: UInt64
    ) throws {
        if case let .draws(values) = initialReturns {
            guard !values.isEmpty else { throw AutomationLoopError.empty(.returnsDraws) }
            if let bad = values.first(where: { !$0.isFinite }) {
                throw AutomationLoopError.notFinite(.returnsDraws, value: bad)
            }
        }
        if case let .range(range) = initialReturns, range.lower <= 0 {
            throw AutomationLoopError.notPositive(.initialReturns, value: range.lower)
        }
        guard speedUp.lower > 0 else { throw AutomationLoopError.notPositive(.speedUp, value: speedUp.lower) }
        guard parallelPenalty.lower > 0 else {
            throw AutomationLoopError.notPositive(.parallelPenalty, value: parallelPenalty.lower)
        }
        guard distanceToLimits.lower > 0 else {
            throw AutomationLoopError.notPositive(.distanceToLimits, value: distanceToLimits.lower)
        }
        guard softwareShare.isFinite, softwareShare > 0, softwareShare < 1 else {
            throw AutomationLoopError.outOfRange(
                .softwareShare, value: softwareShare,
                allowed: "strictly between 0 and 1")
        }
        try Self.checkPositive(softwareDoublingMonths, .softwareDoublingTime)
        try Self.checkPositive(horizonMonths, .horizon)
        guard runs > 0 else { throw AutomationLoopError.notPositive(.runs, value: Double(runs)) }
        guard runs <= Self.maximumRuns else {
            throw AutomationLoopError.tooManyRuns(requested: runs, maximum: Self.maximumRuns)
        }
        guard !conditions.isEmpty else { throw AutomationLoopError.empty(.conditionMonths) }
        for level in quantileLevels where !(level >= 0 && level <= 1) {
            throw AutomationLoopError.outOfRange(.quantileLevel, value: level, allowed: "between 0 and 1")
        }
        if let grid = bandMonths {
            guard !grid.isEmpty else { throw AutomationLoopError.empty(.bandGrid) }
            for month in grid where !(month.isFinite && month >= 0) {
                throw AutomationLoopError.outOfRange(.bandGrid, value: month, allowed: "finite and at least 0")
            }
        }
        let ceiling = 12 / softwareDoublingMonths / softwareShare * distanceToLimits.upper
        guard ceiling <= Self.maximumCeilingDoublings else {
            throw AutomationLoopError.ceilingTooFar(doublings: ceiling, maximum: Self.maximumCeilingDoublings)
        }
        self.initialReturns = initialReturns
        self.speedUp = speedUp
        self.parallelPenalty = parallelPenalty
        self.distanceToLimits = distanceToLimits
        self.softwareShare = softwareShare
        self.softwareDoublingMonths = softwareDoublingMonths
        self.horizonMonths = horizonMonths
        self.retrainingCost = retrainingCost
        self.gradualBoost = gradualBoost
        self.constantReturns = constantReturns
        self.firstDoubling = firstDoubling
        self.computeBottleneck = computeBottleneck
        self.conditions = conditions
        self.quantileLevels = quantileLevels
        self.bandMonths = bandMonths.map { $0.sorted() }
        self.runs = runs
        self.seed = seed
    }

    /// Software doublings in one year of AI progress at the recent pace, (12/T₀)/s_c.
    public var doublingsPerYearOfProgress: Double { 12 / softwareDoublingMonths / softwareShare }

    private static func checkPositive(_ value: Double, _ setting: AutomationLoopError.Setting) throws {
        guard value.isFinite else { throw AutomationLoopError.notFinite(setting, value: value) }
        guard value > 0 else { throw AutomationLoopError.notPositive(setting, value: value) }
    }
}
