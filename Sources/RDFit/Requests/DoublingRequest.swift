/// The settings of the deterministic post-automation dynamics (<doc:DoublingDynamics>): the
/// doubling sequence for a given r, the toy model that derives r from paper growth, and the
/// training-run series. ``compute()`` runs whichever are stated.
public struct DoublingRequest: Sendable, Hashable {
    /// The returns r of the doubling sequence (the toy model's r when ``paperGrowth`` is set).
    public var r: Double?
    /// The toy model's paper growth factor per doubling (it sets r and the first doubling).
    public var paperGrowth: Double?
    /// How many doublings to list (the toy model's default is 6).
    public var doublings: Int?
    /// List every doubling within this many months instead.
    public var horizonMonths: Double?
    /// The first doubling time in months (default 1, or the toy model's).
    public var firstDoublingMonths: Double?
    /// The first doubling time in days instead.
    public var firstDoublingDays: Double?
    /// Days per month for day counts (default ``DoublingSequenceSpecification/defaultDaysPerMonth``).
    public var daysPerMonth: Double?
    /// The training-run duration ratio K.
    public var trainingRunRatio: Double?
    /// The first training run in months (default 2).
    public var firstTrainingRun: Double?
    /// How many training runs to list (default 10).
    public var trainingRuns: Int?

    /// Nothing stated.
    public init() {}

    /// The sequence, toy model and training runs the request states (each nil or empty when not).
    /// - Throws: ``SpecificationError`` for values the dynamics refuse.
    public func compute() throws -> DoublingComputation {
        let days = daysPerMonth ?? DoublingSequenceSpecification.defaultDaysPerMonth
        var toyModel: ToyModelScenario?
        var toyDoublings: [ToyModelDoubling] = []
        var r = self.r
        var defaultFirstDoubling = 1.0
        if let paperGrowth {
            let scenario = try ToyModelScenario(paperGrowthFactor: paperGrowth)
            toyModel = scenario
            toyDoublings = try scenario.doublings(count: doublings ?? 6)
            r = scenario.r
            defaultFirstDoubling = scenario.firstDoublingMonths
        }
        var sequence: DoublingSequence?
        if let r {
            let extent: DoublingSequenceSpecification.Extent =
                doublings.map { .doublings($0) } ?? horizonMonths.map { .horizonMonths($0) } ?? .standard(r: r)
            let specification: DoublingSequenceSpecification
            if let firstDoublingDays {
                specification = try DoublingSequenceSpecification(
                    r: r, firstDoublingDays: firstDoublingDays, daysPerMonth: days, extent: extent)
            } else {
                specification = try DoublingSequenceSpecification(
                    r: r, firstDoublingMonths: firstDoublingMonths ?? defaultFirstDoubling, daysPerMonth: days,
                    extent: extent)
            }
            sequence = specification.compute()
        }
        var training: TrainingRunSeries?
        var runs: [TrainingRun] = []
        if let trainingRunRatio {
            let series = try TrainingRunSeries(durationRatio: trainingRunRatio, firstRunMonths: firstTrainingRun ?? 2)
            training = series
            runs = try series.runs(count: trainingRuns ?? 10)
        }
        return DoublingComputation(
            r: r, sequence: sequence, toyModel: toyModel, toyModelDoublings: toyDoublings, trainingRuns: training,
            trainingRunList: runs)
    }
}

/// What a ``DoublingRequest`` computed.
public struct DoublingComputation: Sendable {
    /// The r of the sequence (stated, or the toy model's).
    public let r: Double?
    /// The doubling sequence, when r is known.
    public let sequence: DoublingSequence?
    /// The toy model, when paper growth is stated.
    public let toyModel: ToyModelScenario?
    /// The toy model's doublings.
    public let toyModelDoublings: [ToyModelDoubling]
    /// The training-run series, when its ratio is stated.
    public let trainingRuns: TrainingRunSeries?
    /// The training runs listed.
    public let trainingRunList: [TrainingRun]
}
