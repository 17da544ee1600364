import RDFit

/// `rdfit simulate --runs N` options → the library's ``AutomationLoopRequest`` and its
/// ``AutomationLoopSpecification`` (no I/O beyond the draws already read by the caller).
enum MonteCarloPlan {
    /// `VALUE` (a fixed value) or `LO:HI` as the request's ends; the library checks the bounds.
    /// - Throws: ``SpecificationError`` naming `setting` for a `LO:MODE:HI`.
    static func ends(_ value: NumericDistribution?, setting: Setting) throws -> [Double]? {
        guard let value else { return nil }
        guard value.values.count <= 2 else {
            throw SpecificationError(
                setting: setting,
                message: "\(MessageText.quoted(value.text)) is not a value or a range; write LO:HI, e.g. 2:32")
        }
        return value.values
    }

    /// The request of `rdfit simulate --runs N`; with `bands`, the trajectory bands are kept.
    static func request(
        options o: MonteCarloOptions, runs: Int, r: NumericDistribution?, horizon: NumericValue?, draws: [Double]?,
        seed: UInt64, bands: Bool = false
    ) throws -> AutomationLoopRequest {
        var request = AutomationLoopRequest(runs: runs, seed: seed)
        request.returnsDraws = draws
        if draws == nil { request.initialReturns = try ends(r, setting: .returns) }
        request.extraConditions = try o.compress.map { try $0.condition() }
        request.speedUp = try ends(o.speedUp, setting: .speedUp)
        request.parallelPenalty = try ends(o.parallelPenalty, setting: .parallelPenalty)
        request.distanceToLimits = try ends(o.limitYears, setting: .distanceToLimits)
        request.softwareShare = o.softwareShare?.value
        request.softwareDoublingMonths = o.recentDoublingTime?.value
        request.horizonMonths = horizon?.value
        request.retrainingCost = o.retraining?.cost ?? .none
        request.gradualBoost = o.gradualBoost
        request.constantReturns = o.constantR
        request.firstDoubling = o.firstDoublingConvention?.convention ?? .dividedBySpeedUp
        request.elasticity = o.substitution?.value
        request.computeGrowthPerYear = o.computeGrowth?.value
        request.computeWeight = o.computeWeight?.value
        request.bands = bands
        return request
    }

    /// The CES options → a compute bottleneck, or nil without `--substitution`
    /// (``AutomationLoopRequest/computeBottleneck()``).
    static func computeBottleneck(options o: MonteCarloOptions) throws -> AutomationLoopComputeBottleneck? {
        var request = AutomationLoopRequest(runs: 0, seed: 0)
        request.elasticity = o.substitution?.value
        request.computeGrowthPerYear = o.computeGrowth?.value
        request.computeWeight = o.computeWeight?.value
        return try request.computeBottleneck()
    }

    /// The specification of `rdfit simulate --runs N` (``request(options:runs:r:horizon:draws:seed:bands:)``).
    static func specification(
        options: MonteCarloOptions, runs: Int, r: NumericDistribution?, horizon: NumericValue?, draws: [Double]?,
        seed: UInt64, bands: Bool = false
    ) throws -> AutomationLoopSpecification {
        try request(options: options, runs: runs, r: r, horizon: horizon, draws: draws, seed: seed, bands: bands)
            .specification()
    }
}
