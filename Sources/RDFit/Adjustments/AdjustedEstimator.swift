#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Applies ``ReturnsAdjustment``s to an estimate of r, replicate by replicate (<doc:AdjustmentsAndSensitivity>).
///
/// For each adjustment, and for all of them together when there are two or more:
/// - spillovers re-run the steady-state bootstrap with the effective input (`SpilloverStatistic`):
///   same seed, same resamples, same output and weight draws as the unadjusted run, so each
///   adjusted replicate differs from its unadjusted twin only by the spillover;
/// - factor adjustments multiply replicate b by the factor drawn for b from the adjustment's own
///   `AdjustmentStream` (1 − ε_K for the compute bottleneck, m for a multiplier); the estimate
///   and the jackknife use the central factor.
/// Intervals use the unadjusted estimate's method and level; P(r > 1) is the share of adjusted
/// replicates above 1.
public enum AdjustedEstimator {
    /// The steady-state estimate with every adjustment.
    /// - Parameters:
    ///   - specification: the unadjusted estimate's settings.
    ///   - adjustments: the assumptions, in report order.
    ///   - otherSeries: the series spillovers read, on the same years as the inputs.
    ///   - known: the unadjusted estimate of `specification` if already computed (it is not
    ///     checked); nil runs ``SteadyStateEstimator/estimate(_:)``.
    /// - Throws: ``SpecificationError`` for invalid or conflicting adjustments; ``DataError`` for
    ///   unusable spillover series; whatever ``SteadyStateEstimator/estimate(_:)`` throws.
    public static func estimate(
        _ specification: SteadyStateSpecification, adjustments: [ReturnsAdjustment], otherSeries: [TimeSeries] = [],
        unadjusted known: ReturnsEstimate? = nil
    ) throws -> AdjustedReturns {
        let spec = specification
        try validate(
            adjustments, inputs: spec.inputs.map(\.name), output: spec.outputSeries?.name, otherSeries: otherSeries)
        let unadjusted = try known ?? SteadyStateEstimator.estimate(spec)
        guard !adjustments.isEmpty else { return AdjustedReturns(unadjusted: unadjusted, adjusted: []) }
        let context = try Context(spec: spec, otherSeries: otherSeries)
        var entries: [AdjustedReturnsSummary] = []
        for adjustment in adjustments {
            entries.append(
                try summary(
                    name: adjustment.name, summary: adjustment.summary, adjustments: [adjustment],
                    unadjusted: unadjusted, context: context))
        }
        if adjustments.count >= 2 {
            entries.append(
                try summary(
                    name: AdjustedReturnsSummary.combinedName,
                    summary: "all adjustments together: " + adjustments.map(\.name).joined(separator: ", "),
                    adjustments: adjustments, unadjusted: unadjusted, context: context))
        }
        return AdjustedReturns(unadjusted: unadjusted, adjusted: entries)
    }

    /// Any estimator's result with factor adjustments only (compute bottleneck, multipliers):
    /// each draw of r (bootstrap replicate, posterior or parametric draw) is multiplied by the
    /// factor drawn for it from the adjustment's own stream; the point estimate by the central
    /// factor. Intervals use the estimate's method when valid for its draws (else percentile) and
    /// its level.
    /// - Throws: ``SpecificationError`` for a spillover (it needs the steady-state refits), for an
    ///   estimate without draws, or for invalid adjustments.
    public static func adjust(_ estimate: ReturnsEstimate, adjustments: [ReturnsAdjustment]) throws -> AdjustedReturns {
        if let spillover = adjustments.first(where: { !$0.isFactor }) {
            throw SpecificationError(
                setting: setting(of: spillover),
                message:
                    "spillovers re-estimate input growth and need \(Setting.method.mention) steady-state (this is \(estimate.method.rawValue))"
            )
        }
        try validate(adjustments, inputs: estimate.inputs.map(\.name), output: nil, otherSeries: [])
        guard !adjustments.isEmpty else { return AdjustedReturns(unadjusted: estimate, adjusted: []) }
        guard let draws = estimate.draws else {
            throw SpecificationError(
                setting: .computeShare, message: "adjustments are applied per draw of r; this estimate has none")
        }
        let level = estimate.r.level, method = estimate.intervalMethod ?? .percentile
        var entries = adjustments.map {
            factorSummary(
                name: $0.name, summary: $0.summary, adjustments: [$0], base: draws, effectiveGrowth: nil, level: level,
                method: method)
        }
        if adjustments.count >= 2 {
            entries.append(
                factorSummary(
                    name: AdjustedReturnsSummary.combinedName,
                    summary: "all adjustments together: " + adjustments.map(\.name).joined(separator: ", "),
                    adjustments: adjustments, base: draws, effectiveGrowth: nil, level: level, method: method))
        }
        return AdjustedReturns(unadjusted: estimate, adjusted: entries)
    }

    /// Checks each adjustment and their combination.
    /// - Throws: ``SpecificationError``: a parameter out of range, a name given twice, a spillover
    ///   column that is an input, the output or not among `otherSeries`, a levels spillover with
    ///   several inputs, or shares that can sum above 1.
    public static func validate(
        _ adjustments: [ReturnsAdjustment], inputs: [String], output: String?, otherSeries: [TimeSeries]
    ) throws {
        var seen: Set<String> = []
        for adjustment in adjustments {
            try adjustment.validate()
            guard seen.insert(adjustment.name).inserted else {
                throw SpecificationError(
                    setting: setting(of: adjustment), message: "'\(adjustment.name)' is given twice; give it once")
            }
            guard let column = adjustment.column else { continue }
            if inputs.contains(column) {
                throw SpecificationError(
                    setting: setting(of: adjustment),
                    message: "'\(column)' is an input; a spillover adds a series that is not already an input")
            }
            if column == output {
                throw SpecificationError(
                    setting: setting(of: adjustment),
                    message: "'\(column)' is the output; a spillover adds another research-input series")
            }
            guard otherSeries.contains(where: { $0.name == column }) else {
                var message = "no series '\(column)' was given for the spillover"
                if let suggestion = NearestName.suggestion(for: column, among: otherSeries.map(\.name)) {
                    message += "; did you mean '\(suggestion)'?"
                }
                throw SpecificationError(setting: setting(of: adjustment), message: message)
            }
            if case .spillover = adjustment, inputs.count != 1 {
                throw SpecificationError(
                    setting: .spillover,
                    message:
                        "the levels form adds other series to a single input (there are \(inputs.count): \(inputs.joined(separator: ", "))); with Cobb-Douglas inputs use \(Setting.spilloverShare.mention) COL=S"
                )
            }
        }
        let shares = adjustments.compactMap { a -> InputWeight? in
            if case let .spilloverShare(_, s) = a { return s } else { return nil }
        }
        let highest = shares.reduce(0) { $0 + $1.range.high }
        if highest > 1 + 1e-12 {
            throw SpecificationError(
                setting: .spilloverShare,
                message:
                    "the spillover shares can sum to \(highest) > 1; the own input's share 1 − Σs would be negative")
        }
    }

    static func setting(of adjustment: ReturnsAdjustment) -> Setting {
        switch adjustment {
        case .spillover: return .spillover
        case .spilloverShare: return .spilloverShare
        case .computeBottleneck: return .computeShare
        case .outputMultiplier: return .outputMultiplier
        }
    }

    /// The aligned data the spillover statistic needs.
    struct Context {
        let spec: SteadyStateSpecification
        let years: [Double]
        let inputLevels: [[Double]]
        let outputLevels: [Double]?
        let others: [String: [Double]]

        init(spec: SteadyStateSpecification, otherSeries: [TimeSeries]) throws {
            self.spec = spec
            let used = spec.inputs + [spec.outputSeries].compactMap { $0 }
            let allYears = spec.inputs[0].years
            let keep = allYears.indices.filter { i in used.allSatisfy { $0.values[i] != nil } }
            years = keep.map { allYears[$0] }
            inputLevels = spec.inputs.map { s in keep.map { s.values[$0]! } }
            outputLevels = spec.outputSeries.map { s in keep.map { s.values[$0]! } }
            var others: [String: [Double]] = [:]
            for series in otherSeries {
                guard series.years == allYears else {
                    throw SpecificationError(
                        setting: .spillover, message: "series '\(series.name)' is not on the same years as the inputs")
                }
                try series.requirePositive(purpose: "a spillover series")
                var values: [Double] = []
                for i in keep {
                    guard let value = series.values[i] else {
                        throw DataError(
                            .nonFiniteValue, line: series.lines?[i], column: series.column, columnName: series.name,
                            message:
                                "spillover column '\(series.name)' has no value in year \(PlainNumber.text(allYears[i])), which the estimate uses; fill it or restrict \(Setting.years.mention)"
                        )
                    }
                    values.append(value)
                }
                others[series.name] = values
            }
            self.others = others
        }
    }

    private static func summary(
        name: String, summary: String, adjustments: [ReturnsAdjustment], unadjusted: ReturnsEstimate, context: Context
    ) throws -> AdjustedReturnsSummary {
        let spec = context.spec
        let level = spec.level, method = spec.intervalMethod
        guard adjustments.contains(where: { !$0.isFactor }) else {
            return factorSummary(
                name: name, summary: summary, adjustments: adjustments, base: unadjusted.draws!, effectiveGrowth: nil,
                level: level, method: method)
        }
        let growth = ResampledGrowth(years: context.years, method: spec.growthMethod, scheme: spec.bootstrap.scheme)
        func logs(_ values: [Double]) -> [Double] {
            (spec.cumulative ? GrowthFit.cumulative(values) : values).map { log($0) }
        }
        var levels: [SpilloverStatistic.Level] = []
        var shares: [SpilloverStatistic.Share] = []
        for adjustment in adjustments {
            switch adjustment {
            case let .spillover(column, weight):
                levels.append(.init(name: adjustment.name, weight: weight, values: context.others[column]!))
            case let .spilloverShare(column, share):
                shares.append(.init(name: adjustment.name, share: share, logs: logs(context.others[column]!)))
            default: break
            }
        }
        let statistic = SpilloverStatistic(
            seed: spec.bootstrap.seed, growth: growth, inputLogs: context.inputLevels.map(logs),
            outputLogs: context.outputLevels.map { $0.map { log($0) } }, output: spec.output,
            weights: spec.weights, cumulative: spec.cumulative, ownLevels: context.inputLevels[0],
            levels: levels, shares: shares)
        let replicates = Bootstrap.run(statistic, specification: spec.bootstrap, jackknife: true)
        var diagnostics = replicates.diagnostics(level: level).filter { $0.code != .tooFewReplicates }
        let effective = statistic.centralEffectiveGrowth
        if !(effective.map { $0 > 0 } ?? false) {
            diagnostics.append(
                Diagnostic(
                    code: .nonPositiveEffectiveInputGrowth,
                    message:
                        "with \(name) at its central value the effective input does not grow (g_eff = \(effective.map { CFormat.string("%.4g", $0) } ?? "undefined")), so this adjusted r is undefined"
                ))
        }
        return factorSummary(
            name: name, summary: summary, adjustments: adjustments, base: Draws(replicates: replicates),
            effectiveGrowth: effective, level: level, method: method, diagnostics: diagnostics)
    }

    private static func factorSummary(
        name: String, summary: String, adjustments: [ReturnsAdjustment], base: Draws, effectiveGrowth: Double?,
        level: Double, method: IntervalMethod, diagnostics: [Diagnostic] = []
    ) -> AdjustedReturnsSummary {
        let factors = adjustments.filter(\.isFactor)
        let seed = base.seed
        var draws = base
        var centralFactor: Double?
        if !factors.isEmpty {
            let central = factors.reduce(1.0) { $0 * $1.factor(at: $1.parameter.central)! }
            centralFactor = central
            draws = base.scaled(central: central) { b, value in
                var product = value
                for adjustment in factors {
                    var stream = AdjustmentStream.generator(seed: seed, name: adjustment.name, replicate: b)
                    product *= adjustment.factor(at: adjustment.parameter.draw(using: &stream))!
                }
                return product
            }
        }
        let interval = draws.interval(method, level: level) ?? draws.interval(.percentile, level: level)!
        let r = ReturnsSummary(
            estimate: draws.estimate, lower: interval.lower, upper: interval.upper, level: level,
            probabilityAboveOne: draws.probability(above: 1))
        return AdjustedReturnsSummary(
            name: name, summary: summary, adjustments: adjustments, centralFactor: centralFactor,
            effectiveInputGrowthRate: effectiveGrowth, r: r, draws: draws, diagnostics: diagnostics)
    }
}
