/// The baseline of a sensitivity analysis: an estimator with its settings (``SensitivityModel``)
/// and its adjustments, and how to evaluate r with one assumption moved.
///
/// Every evaluation reruns the estimator with the baseline's seed, so all settings share their
/// random numbers (common random numbers): the resamples or posterior draws, the output and weight
/// draws and every adjustment's draws are the same, and r at a setting differs from r at another
/// only through the setting. Each draw is then a smooth function of the setting and so are the
/// median and the interval ends, which is what root finding needs. An assumption that is an
/// adjustment (compute share, spillover, multiplier) reuses the unadjusted estimate once
/// ``prepared()`` has computed it.
public struct SensitivityBaseline: Sendable {
    /// The estimator and its settings.
    public let model: SensitivityModel
    /// The stated adjustments.
    public let adjustments: [ReturnsAdjustment]
    /// Series spillovers may read.
    public let otherSeries: [TimeSeries]
    /// Series an input choice may pick from.
    public let candidateInputs: [TimeSeries]
    /// The model's unadjusted estimate, once ``prepared()`` has computed it.
    public let unadjusted: ReturnsEstimate?

    /// Creates a baseline.
    /// - Parameters:
    ///   - model: the estimator and its settings.
    ///   - adjustments: the stated adjustments; default none.
    ///   - otherSeries: columns spillovers (stated or varied) read; default none.
    ///   - candidateInputs: columns an input choice picks from; default none.
    ///   - unadjusted: the model's unadjusted estimate if already computed (it is not checked).
    public init(
        model: SensitivityModel, adjustments: [ReturnsAdjustment] = [], otherSeries: [TimeSeries] = [],
        candidateInputs: [TimeSeries] = [], unadjusted: ReturnsEstimate? = nil
    ) {
        self.model = model
        self.adjustments = adjustments
        self.otherSeries = otherSeries
        self.candidateInputs = candidateInputs
        self.unadjusted = unadjusted
    }

    /// Creates a baseline of the steady-state estimator.
    public init(
        specification: SteadyStateSpecification, adjustments: [ReturnsAdjustment] = [], otherSeries: [TimeSeries] = [],
        candidateInputs: [TimeSeries] = []
    ) {
        self.init(
            model: .steadyState(specification), adjustments: adjustments, otherSeries: otherSeries,
            candidateInputs: candidateInputs)
    }

    /// The steady-state settings (nil for the other estimators).
    public var specification: SteadyStateSpecification? { model.steadyState }

    /// The same baseline with its unadjusted estimate computed, so that varying an adjustment
    /// does not rerun the estimator.
    public func prepared() throws -> SensitivityBaseline {
        guard unadjusted == nil else { return self }
        return SensitivityBaseline(
            model: model, adjustments: adjustments, otherSeries: otherSeries, candidateInputs: candidateInputs,
            unadjusted: try model.estimate())
    }

    /// r at the baseline.
    public func evaluate() throws -> SensitivityPoint {
        try Self.point(
            model.adjusted(adjustments, otherSeries: otherSeries, unadjusted: unadjusted), value: .nan, label: nil)
    }

    /// r with `assumption` set to `value` (for the input choice, the column at that position).
    /// - Throws: ``SpecificationError`` when the assumption cannot be applied (an estimator that
    ///   does not take it, no horizon for a growth factor, a weight with a single input, an unknown
    ///   column); estimator errors.
    public func evaluate(_ assumption: SensitivityAssumption, at value: Double) throws -> SensitivityPoint {
        let moved = try applying(assumption, value)
        return try Self.point(
            moved.baseline.model.adjusted(
                moved.baseline.adjustments, otherSeries: otherSeries, unadjusted: moved.baseline.unadjusted),
            value: value, label: moved.label)
    }

    /// r with two assumptions moved at once (for a two-way grid).
    public func evaluate(
        _ first: SensitivityAssumption, at firstValue: Double, and second: SensitivityAssumption, at secondValue: Double
    ) throws -> SensitivityPoint {
        let moved = try applying(first, firstValue)
        return try moved.baseline.evaluate(second, at: secondValue)
            .relabelled(value: firstValue, label: moved.label)
    }

    static func point(_ result: AdjustedReturns, value: Double, label: String?) -> SensitivityPoint {
        let r = result.final
        let sorted = result.finalDraws?.sortedSuccessfulValues ?? []
        return SensitivityPoint(
            value: value, label: label, estimate: r.estimate,
            median: sorted.isEmpty ? .nan : Quantile.sorted(sorted, 0.5),
            lower: r.lower, upper: r.upper, level: r.level, probabilityAboveOne: r.probabilityAboveOne)
    }

    /// The baseline with the assumption at `value`: a moved model (its unadjusted estimate
    /// dropped) or replaced adjustments (the estimate kept).
    func applying(
        _ assumption: SensitivityAssumption, _ value: Double
    ) throws -> (baseline: SensitivityBaseline, label: String?) {
        if let moved = try model.moving(assumption, to: value, candidates: candidateInputs) {
            let baseline = SensitivityBaseline(
                model: moved.model, adjustments: adjustments, otherSeries: otherSeries,
                candidateInputs: candidateInputs)
            return (baseline, moved.label)
        }
        var list = adjustments
        let adjustment: ReturnsAdjustment
        switch assumption {
        case .computeShare: adjustment = .computeBottleneck(computeShare: .fixed(value))
        case let .spilloverWeight(column): adjustment = .spillover(column: column, weight: .fixed(value))
        case let .spilloverShare(column): adjustment = .spilloverShare(column: column, share: .fixed(value))
        case let .outputMultiplier(name): adjustment = .outputMultiplier(name: name, multiplier: .fixed(value))
        default: return (self, nil)
        }
        try model.check(assumption)
        if let index = list.firstIndex(where: { $0.name == adjustment.name }) {
            list[index] = adjustment
        } else {
            list.append(adjustment)
        }
        let baseline = SensitivityBaseline(
            model: model, adjustments: list, otherSeries: otherSeries, candidateInputs: candidateInputs,
            unadjusted: unadjusted)
        return (baseline, nil)
    }
}
