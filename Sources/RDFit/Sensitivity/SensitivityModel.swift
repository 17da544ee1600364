/// The estimator a sensitivity analysis reruns, with the settings it moves.
///
/// Every case runs its estimator through ``Estimator/estimate(_:)`` (the Bayesian single-endpoint
/// one through ``BayesSingleEndpointEstimator/estimateReturns(_:inputName:progress:)``), so each
/// point of a sweep is one ``ReturnsEstimate``. What can be varied depends on the estimator:
///
/// | estimator | its own settings | adjustments |
/// | --- | --- | --- |
/// | steady-state | output growth, input weight, input choice | all |
/// | Jones OLS | input weight, input choice | compute share, multipliers |
/// | Bayesian single-endpoint | output growth, input weight, input choice | compute share, multipliers |
/// | full-series MLE and posterior | none | compute share, multipliers |
public enum SensitivityModel: Sendable {
    /// The steady-state estimator.
    case steadyState(SteadyStateSpecification)
    /// The Jones regression.
    case jones(JonesSpecification)
    /// The Bayesian single-endpoint posterior, kept with what its specification is built from so
    /// that the output and the inputs can be moved: the input series, their fixed weights, the
    /// output growth, and a specification holding the sampler's settings.
    case bayesEndpoint(
        inputs: [TimeSeries], weights: [String: InputWeight], output: OutputGrowth,
        sampler: BayesSingleEndpointSpecification)
    /// The full-series maximum-likelihood fit.
    case seriesMLE(SeriesMLEProblem)
    /// The full-series Feller posterior.
    case seriesPosterior(SeriesPosteriorSpecification)

    /// The estimator's name.
    public var method: EstimationMethod {
        switch self {
        case .steadyState: return .steadyState
        case .jones: return .jonesOLS
        case .bayesEndpoint: return .bayesEndpoint
        case .seriesMLE: return .seriesMLE
        case .seriesPosterior: return .bayesSeries
        }
    }

    /// The steady-state settings (nil for the other estimators).
    public var steadyState: SteadyStateSpecification? {
        if case let .steadyState(specification) = self { return specification }
        return nil
    }

    /// Runs the estimator.
    public func estimate() throws -> ReturnsEstimate {
        switch self {
        case let .steadyState(specification): return try SteadyStateEstimator.estimate(specification)
        case let .jones(specification): return try JonesRegression.estimate(specification)
        case let .bayesEndpoint(inputs, _, _, sampler):
            return try BayesSingleEndpointEstimator.estimateReturns(
                sampler, inputName: inputs.map(\.name).joined(separator: " × "))
        case let .seriesMLE(problem): return try SeriesMLEEstimator.estimate(problem)
        case let .seriesPosterior(specification): return try SeriesPosteriorEstimator.estimate(specification)
        }
    }

    /// The estimate with `adjustments`: the steady-state estimator reruns its bootstrap for
    /// spillovers (``AdjustedEstimator/estimate(_:adjustments:otherSeries:unadjusted:)``), the
    /// others scale their draws (``AdjustedEstimator/adjust(_:adjustments:)``).
    /// - Parameters:
    ///   - adjustments: the adjustments to apply, in order.
    ///   - otherSeries: the other fields' series a spillover adjustment reads (empty otherwise).
    ///   - known: the unadjusted estimate of this model if already computed.
    public func adjusted(
        _ adjustments: [ReturnsAdjustment], otherSeries: [TimeSeries], unadjusted known: ReturnsEstimate?
    ) throws -> AdjustedReturns {
        if case let .steadyState(specification) = self {
            return try AdjustedEstimator.estimate(
                specification, adjustments: adjustments, otherSeries: otherSeries, unadjusted: known)
        }
        return try AdjustedEstimator.adjust(try known ?? estimate(), adjustments: adjustments)
    }

    /// Refuses an assumption the estimator cannot vary, before any run.
    /// - Throws: ``SpecificationError`` (``Setting/assumptionRange``) naming the estimator and
    ///   what it can vary.
    public func check(_ assumption: SensitivityAssumption) throws {
        let allowed: Bool
        switch (assumption, self) {
        case (_, .steadyState): allowed = true
        case (.computeShare, _), (.outputMultiplier, _): allowed = true
        case (.doublingTime, .bayesEndpoint), (.growthMultiple, .bayesEndpoint), (.growthFactor, .bayesEndpoint):
            allowed = true
        case (.inputWeight, .jones), (.inputWeight, .bayesEndpoint), (.inputChoice, .jones),
            (.inputChoice, .bayesEndpoint):
            allowed = true
        default: allowed = false
        }
        guard !allowed else { return }
        let why: String
        switch assumption {
        case .spilloverWeight, .spilloverShare:
            why = "spillovers re-estimate input growth, which only steady-state does"
        case .doublingTime, .growthMultiple, .growthFactor:
            why = "\(method.rawValue) fits a level series of the output, so there is no stated output growth to move"
        default:
            why = "\(method.rawValue) fits one input series"
        }
        throw SpecificationError(
            setting: .assumptionRange,
            message:
                "\(method.rawValue) cannot vary \(assumption.name): \(why) (it can vary \(variable.joined(separator: ", ")))"
        )
    }

    /// The names of the assumptions this estimator can vary.
    public var variable: [String] {
        let factors = ["compute-share", "multiplier:NAME"]
        switch self {
        case .steadyState:
            return [
                "doubling-time", "growth-multiple", "growth-factor", "compute-share", "spillover:COL",
                "spillover-share:COL", "multiplier:NAME", "weight:COL", "input",
            ]
        case .jones: return factors + ["weight:COL", "input"]
        case .bayesEndpoint:
            return ["doubling-time", "growth-multiple", "growth-factor"] + factors + ["weight:COL", "input"]
        case .seriesMLE, .seriesPosterior: return factors
        }
    }

    /// The model with one of its own settings moved: the output growth, an input weight or the
    /// input (the series at `candidates`' position `value`); nil for an assumption that is an
    /// adjustment rather than a setting of the model.
    /// - Throws: ``SpecificationError`` for an assumption the model cannot take.
    func moving(
        _ assumption: SensitivityAssumption, to value: Double, candidates: [TimeSeries]
    ) throws -> (model: SensitivityModel, label: String?)? {
        switch assumption {
        case .computeShare, .spilloverWeight, .spilloverShare, .outputMultiplier: return nil
        default: break
        }
        try check(assumption)
        switch assumption {
        case .doublingTime, .growthMultiple, .growthFactor:
            return (try rebuilt(output: try Self.moved(output, assumption, to: value)), nil)
        case let .inputWeight(column):
            guard inputs.count >= 2, inputs.contains(where: { $0.name == column }) else {
                throw SpecificationError(
                    setting: .assumptionRange,
                    message:
                        "weight:\(column) needs '\(column)' to be one of two or more inputs (inputs: \(inputs.map(\.name).joined(separator: ", ")))"
                )
            }
            var weights = statedWeights
            weights[column] = .fixed(value)
            if weights.count == inputs.count, let other = inputs.first(where: { $0.name != column }) {
                weights[other.name] = nil
            }
            return (try rebuilt(weights: weights), nil)
        case let .inputChoice(columns):
            let index = Int(value.rounded())
            guard columns.indices.contains(index),
                let series = candidates.first(where: { $0.name == columns[index] })
            else {
                throw SpecificationError(setting: .assumptionRange, message: "input: no column at position \(index)")
            }
            return (try rebuilt(inputs: [series], weights: [:]), series.name)
        default: return nil
        }
    }

    /// The inputs of the estimators that take several.
    private var inputs: [TimeSeries] {
        switch self {
        case let .steadyState(specification): return specification.inputs
        case let .jones(specification): return specification.inputs
        case let .bayesEndpoint(inputs, _, _, _): return inputs
        case .seriesMLE, .seriesPosterior: return []
        }
    }

    /// The stated weights by input name.
    private var statedWeights: [String: InputWeight] {
        func stated(_ weights: CobbDouglasWeights) -> [String: InputWeight] {
            var given: [String: InputWeight] = [:]
            for (name, weight) in zip(weights.names, weights.stated) { if let weight { given[name] = weight } }
            return given
        }
        switch self {
        case let .steadyState(specification): return stated(specification.weights)
        case let .jones(specification): return stated(specification.weights)
        case let .bayesEndpoint(_, weights, _, _): return weights
        case .seriesMLE, .seriesPosterior: return [:]
        }
    }

    /// The stated output growth (a level series for the Jones regression and the series methods).
    private var output: OutputGrowth {
        switch self {
        case let .steadyState(specification): return specification.output
        case let .bayesEndpoint(_, _, output, _): return output
        case let .jones(specification): return .series(name: specification.output.name)
        case let .seriesMLE(problem): return .series(name: problem.data.outputName)
        case let .seriesPosterior(specification): return .series(name: specification.data.outputName)
        }
    }

    /// The model rebuilt with other inputs, weights or output growth.
    private func rebuilt(
        inputs newInputs: [TimeSeries]? = nil, weights newWeights: [String: InputWeight]? = nil,
        output newOutput: OutputGrowth? = nil
    ) throws -> SensitivityModel {
        let inputs = newInputs ?? self.inputs, weights = newWeights ?? statedWeights
        switch self {
        case let .steadyState(spec):
            let output = newOutput ?? spec.output
            let isSeries: Bool
            if case .series = output { isSeries = true } else { isSeries = false }
            return .steadyState(
                try SteadyStateSpecification(
                    inputs: inputs, weights: weights, output: output, outputSeries: isSeries ? spec.outputSeries : nil,
                    growthMethod: spec.growthMethod, cumulative: spec.cumulative, level: spec.level,
                    intervalMethod: spec.intervalMethod, bootstrap: spec.bootstrap))
        case let .jones(spec):
            return .jones(
                try JonesSpecification(
                    inputs: inputs, weights: weights, output: spec.output, window: spec.window,
                    neweyWestLag: spec.neweyWestLag, hacSmallSampleCorrection: spec.hacSmallSampleCorrection,
                    windowMean: spec.windowMean, level: spec.level, intervalMethod: spec.intervalMethod,
                    bootstrap: spec.bootstrap))
        case let .bayesEndpoint(_, _, output, s):
            let output = newOutput ?? output
            let sampler = try BayesSingleEndpointSpecification(
                inputs: inputs, weights: weights, output: output, likelihood: s.likelihood, sampler: s.sampler)
            return .bayesEndpoint(inputs: inputs, weights: weights, output: output, sampler: sampler)
        case .seriesMLE, .seriesPosterior: return self
        }
    }

    /// `output` with the quantity `assumption` names set to `value`; a stated interval is scaled
    /// with it.
    private static func moved(
        _ output: OutputGrowth, _ assumption: SensitivityAssumption, to value: Double
    ) throws -> OutputGrowth {
        func scaled(_ interval: QuantityInterval?, from central: Double) throws -> QuantityInterval? {
            guard let interval else { return nil }
            let factor = value / central
            return try QuantityInterval(
                lower: interval.lower * factor, upper: interval.upper * factor, level: interval.level)
        }
        switch assumption {
        case .doublingTime:
            var interval: QuantityInterval?
            if case let .doublingTime(months, stated) = output { interval = try scaled(stated, from: months) }
            return .doublingTime(months: value, interval: interval)
        case .growthMultiple:
            var interval: QuantityInterval?
            if case let .growthMultiple(m, stated) = output { interval = try scaled(stated, from: m) }
            return .growthMultiple(perYear: value, interval: interval)
        default:
            guard case let .growthFactor(factor, years, stated) = output else {
                throw SpecificationError(
                    setting: .assumptionRange,
                    message:
                        "growth-factor needs a horizon: state the output as \(Setting.growthFactor.mention) F \(Setting.growthHorizon.mention) YEARS"
                )
            }
            return .growthFactor(factor: value, years: years, interval: try scaled(stated, from: factor))
        }
    }
}
