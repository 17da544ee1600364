/// The baseline of a sensitivity analysis: a steady-state specification with its adjustments, and
/// how to evaluate r with one assumption moved.
///
/// Every evaluation reruns the estimator with the baseline's seed, so all settings share their
/// random numbers (common random numbers): the resamples, the output and weight draws and every
/// adjustment's draws are the same, and r at a setting differs from r at another only through the
/// setting. Each replicate is then a smooth function of the setting and so are the median and the
/// interval ends, which is what root finding needs.
public struct SensitivityBaseline: Sendable {
    /// The unadjusted estimate's settings.
    public let specification: SteadyStateSpecification
    /// The stated adjustments.
    public let adjustments: [ReturnsAdjustment]
    /// Series spillovers may read.
    public let otherSeries: [TimeSeries]
    /// Series an input choice may pick from.
    public let candidateInputs: [TimeSeries]

    /// Creates a baseline.
    /// - Parameters:
    ///   - specification: the steady-state settings.
    ///   - adjustments: the stated adjustments; default none.
    ///   - otherSeries: columns spillovers (stated or varied) read; default none.
    ///   - candidateInputs: columns an input choice picks from; default none.
    public init(
        specification: SteadyStateSpecification, adjustments: [ReturnsAdjustment] = [], otherSeries: [TimeSeries] = [],
        candidateInputs: [TimeSeries] = []
    ) {
        self.specification = specification
        self.adjustments = adjustments
        self.otherSeries = otherSeries
        self.candidateInputs = candidateInputs
    }

    /// r at the baseline.
    public func evaluate() throws -> SensitivityPoint {
        try Self.point(
            AdjustedEstimator.estimate(specification, adjustments: adjustments, otherSeries: otherSeries), value: .nan,
            label: nil)
    }

    /// r with `assumption` set to `value` (for the input choice, the column at that position).
    /// - Throws: ``SpecificationError`` when the assumption cannot be applied (no horizon for a
    ///   growth factor, a weight with a single input, an unknown column); estimator errors.
    public func evaluate(_ assumption: SensitivityAssumption, at value: Double) throws -> SensitivityPoint {
        let (spec, adjustments, label) = try applying(assumption, value)
        return try Self.point(
            AdjustedEstimator.estimate(spec, adjustments: adjustments, otherSeries: otherSeries), value: value,
            label: label)
    }

    /// r with two assumptions moved at once (for a two-way grid).
    public func evaluate(
        _ first: SensitivityAssumption, at firstValue: Double, and second: SensitivityAssumption, at secondValue: Double
    ) throws -> SensitivityPoint {
        let (spec, adjustments, label) = try applying(first, firstValue)
        let moved = SensitivityBaseline(
            specification: spec, adjustments: adjustments, otherSeries: otherSeries, candidateInputs: candidateInputs)
        return try moved.evaluate(second, at: secondValue)
            .relabelled(value: firstValue, label: label)
    }

    static func point(_ result: AdjustedReturns, value: Double, label: String?) -> SensitivityPoint {
        let r = result.final
        let sorted = result.finalDraws?.sortedSuccessfulValues ?? []
        return SensitivityPoint(
            value: value, label: label, estimate: r.estimate,
            median: sorted.isEmpty ? .nan : Quantile.sorted(sorted, 0.5),
            lower: r.lower, upper: r.upper, level: r.level, probabilityAboveOne: r.probabilityAboveOne)
    }

    /// The specification and adjustments with the assumption at `value`.
    func applying(
        _ assumption: SensitivityAssumption, _ value: Double
    ) throws -> (SteadyStateSpecification, [ReturnsAdjustment], String?) {
        let spec = specification
        var given: [String: InputWeight] = [:]
        for (name, weight) in zip(spec.weights.names, spec.weights.stated) { if let weight { given[name] = weight } }
        func rebuilt(
            inputs: [TimeSeries]? = nil, weights: [String: InputWeight]? = nil, output: OutputGrowth? = nil
        ) throws -> SteadyStateSpecification {
            let newOutput = output ?? spec.output
            let isSeries: Bool
            if case .series = newOutput { isSeries = true } else { isSeries = false }
            return try SteadyStateSpecification(
                inputs: inputs ?? spec.inputs, weights: weights ?? given, output: newOutput,
                outputSeries: isSeries ? spec.outputSeries : nil, growthMethod: spec.growthMethod,
                cumulative: spec.cumulative, level: spec.level, intervalMethod: spec.intervalMethod,
                bootstrap: spec.bootstrap)
        }
        func scaled(_ interval: QuantityInterval?, from central: Double) throws -> QuantityInterval? {
            guard let interval else { return nil }
            let factor = value / central
            return try QuantityInterval(
                lower: interval.lower * factor, upper: interval.upper * factor, level: interval.level)
        }
        func replacing(_ adjustment: ReturnsAdjustment) -> [ReturnsAdjustment] {
            var list = adjustments
            if let index = list.firstIndex(where: { $0.name == adjustment.name }) {
                list[index] = adjustment
            } else {
                list.append(adjustment)
            }
            return list
        }
        switch assumption {
        case .doublingTime:
            var interval: QuantityInterval?
            if case let .doublingTime(months, stated) = spec.output { interval = try scaled(stated, from: months) }
            return (try rebuilt(output: .doublingTime(months: value, interval: interval)), adjustments, nil)
        case .growthMultiple:
            var interval: QuantityInterval?
            if case let .growthMultiple(m, stated) = spec.output { interval = try scaled(stated, from: m) }
            return (try rebuilt(output: .growthMultiple(perYear: value, interval: interval)), adjustments, nil)
        case .growthFactor:
            guard case let .growthFactor(factor, years, stated) = spec.output else {
                throw SpecificationError(
                    setting: .assumptionRange,
                    message:
                        "growth-factor needs a horizon: state the output as \(Setting.growthFactor.mention) F \(Setting.growthHorizon.mention) YEARS"
                )
            }
            return (
                try rebuilt(
                    output: .growthFactor(factor: value, years: years, interval: try scaled(stated, from: factor))),
                adjustments, nil
            )
        case .computeShare:
            return (spec, replacing(.computeBottleneck(computeShare: .fixed(value))), nil)
        case let .spilloverWeight(column):
            return (spec, replacing(.spillover(column: column, weight: .fixed(value))), nil)
        case let .spilloverShare(column):
            return (spec, replacing(.spilloverShare(column: column, share: .fixed(value))), nil)
        case let .outputMultiplier(name):
            return (spec, replacing(.outputMultiplier(name: name, multiplier: .fixed(value))), nil)
        case let .inputWeight(column):
            guard spec.inputs.count >= 2, spec.weights.names.contains(column) else {
                throw SpecificationError(
                    setting: .assumptionRange,
                    message:
                        "weight:\(column) needs '\(column)' to be one of two or more inputs (inputs: \(spec.weights.names.joined(separator: ", ")))"
                )
            }
            var weights = given
            weights[column] = .fixed(value)
            if weights.count == spec.inputs.count, let other = spec.weights.names.first(where: { $0 != column }) {
                weights[other] = nil
            }
            return (try rebuilt(weights: weights), adjustments, nil)
        case let .inputChoice(columns):
            let index = Int(value.rounded())
            guard columns.indices.contains(index),
                let series = candidateInputs.first(where: { $0.name == columns[index] })
            else {
                throw SpecificationError(setting: .assumptionRange, message: "input: no column at position \(index)")
            }
            return (try rebuilt(inputs: [series], weights: [:]), adjustments, series.name)
        }
    }
}
