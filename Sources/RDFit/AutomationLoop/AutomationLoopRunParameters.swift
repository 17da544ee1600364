/// The four values one run of the automation loop draws.
public struct AutomationLoopRunParameters: Codable, Sendable, Hashable {
    /// r₀, the deflated returns λα/β at the moment of automation.
    public let initialReturns: Double
    /// f, the initial speed-up (with the gradual boost: its final value).
    public let speedUp: Double
    /// p = λα, the parallel penalty.
    public let parallelPenalty: Double
    /// Y, the distance to effective limits in years of progress.
    public let distanceToLimits: Double

    /// Creates run parameters directly, for a single hand-picked run.
    public init(initialReturns: Double, speedUp: Double, parallelPenalty: Double, distanceToLimits: Double) {
        self.initialReturns = initialReturns
        self.speedUp = speedUp
        self.parallelPenalty = parallelPenalty
        self.distanceToLimits = distanceToLimits
    }

    /// The parameters of run `index` under `specification`.
    ///
    /// Run j draws from `Xoshiro256StarStar(seed:stream: j)` in this order: r₀ (a value of the
    /// range, or an index into the supplied draws), f, p, Y.
    public init(run index: Int, of specification: AutomationLoopSpecification) {
        var generator = Xoshiro256StarStar(seed: specification.seed, stream: UInt64(index))
        switch specification.initialReturns {
        case let .range(range):
            initialReturns = range.draw(using: &generator)
        case let .draws(values):
            initialReturns = values[generator.nextInt(below: values.count)]
        }
        speedUp = specification.speedUp.draw(using: &generator)
        parallelPenalty = specification.parallelPenalty.draw(using: &generator)
        distanceToLimits = specification.distanceToLimits.draw(using: &generator)
    }
}
