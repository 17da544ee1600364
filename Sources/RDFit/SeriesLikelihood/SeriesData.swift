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

/// A level series of software quality A and a research-input series, validated and cut into the
/// transitions of the full-series likelihood (<doc:FullSeriesLikelihood>).
///
/// Transition i runs from output date t_i to t_(i+1). Its input integral is
/// I_i(λ) = ∫ E(s)^λ ds over [t_i, t_(i+1)], where E is piecewise constant: the flow value of
/// each input row holds until the next input date (``SeriesInputKind/flow``), or the slope of the
/// linearly interpolated cumulative count (``SeriesInputKind/cumulative``). A segment with zero
/// input contributes nothing, for every λ. Transitions with equal dates are skipped. Missing
/// values (nil) in either series are dropped: a row without a value is not an observation of
/// that series.
public struct SeriesData: Sendable {
    /// The minimum number of transitions a fit needs.
    public static let minimumTransitions = 8

    /// Names of the output and input series.
    public let outputName: String
    public let inputName: String
    /// How the input is read.
    public let inputKind: SeriesInputKind
    /// Start and end date of each transition (equal-date pairs already skipped).
    public let startDates: [Double]
    public let endDates: [Double]
    /// Output levels at the start and end of each transition.
    public let startLevels: [Double]
    public let endLevels: [Double]
    /// The dates and values of the input series as used (missing values dropped).
    public let inputDates: [Double]
    public let inputValues: [Double]
    /// Output transitions skipped because their two dates are equal.
    public let skippedEqualDates: Int

    /// log A at the start and end of each transition.
    let logStart: [Double]
    let logEnd: [Double]
    /// Segments of transition i: `segmentOffsets[i]..<segmentOffsets[i + 1]` index `segmentWeights`
    /// (overlap length in years) and `segmentLogRates` (log E on the segment).
    let segmentOffsets: [Int]
    let segmentWeights: [Double]
    let segmentLogRates: [Double]

    /// The number of transitions.
    public var transitionCount: Int { startLevels.count }

    /// Validates the two series and builds the transitions.
    /// - Parameters:
    ///   - output: the level series A (positive, finite, dates non-decreasing).
    ///   - input: the research input (finite and non-negative; a cumulative count must not decrease;
    ///     dates strictly increasing).
    ///   - inputKind: flow or cumulative.
    /// - Throws: ``DataError`` naming the series, date and (when known) line: a non-positive or
    ///   non-finite level (`nonPositiveValue`, `nonFiniteValue`), decreasing dates
    ///   (`decreasingDates`), fewer than ``minimumTransitions`` transitions (`tooFewPoints`), a
    ///   transition outside the input's dates (`inputDoesNotCoverOutput`), an input that is zero
    ///   over a whole transition (`zeroInputOverTransition`), a negative input or decreasing count.
    public init(output: TimeSeries, input: TimeSeries, inputKind: SeriesInputKind) throws {
        try output.requirePositive(purpose: "the full-series likelihood")
        let levels = Self.present(output)
        let rates = try Self.inputSegments(input, kind: inputKind)
        for k in levels.indices.dropFirst() where levels[k].date < levels[k - 1].date {
            throw DataError(
                .decreasingDates, line: levels[k].line, column: output.column, columnName: output.name,
                message: "series '\(output.name)' goes back in time from "
                    + "\(PlainNumber.text(levels[k - 1].date)) to \(PlainNumber.text(levels[k].date)); "
                    + "sort the rows by date")
        }
        outputName = output.name
        inputName = input.name
        self.inputKind = inputKind
        let usedInput = Self.present(input)
        inputDates = usedInput.map(\.date)
        inputValues = usedInput.map(\.value)
        var starts: [Double] = [], ends: [Double] = [], a0: [Double] = [], a1: [Double] = []
        var offsets = [0], weights: [Double] = [], logRates: [Double] = []
        var skipped = 0
        for k in levels.indices.dropFirst() {
            let from = levels[k - 1], to = levels[k]
            if to.date == from.date {
                skipped += 1
                continue
            }
            guard let first = rates.first, let last = rates.last,
                from.date >= first.start, to.date <= last.end
            else {
                throw DataError(
                    .inputDoesNotCoverOutput, line: to.line, column: input.column, columnName: input.name,
                    message: "input '\(input.name)' covers \(Self.span(rates)) but the transition from "
                        + "\(PlainNumber.text(from.date)) to \(PlainNumber.text(to.date)) needs input "
                        + "over its whole length; shorten the output series or extend the input")
            }
            var positive = false
            for segment in rates where segment.end > from.date && segment.start < to.date {
                let overlap = min(segment.end, to.date) - max(segment.start, from.date)
                guard overlap > 0, segment.rate > 0 else { continue }
                weights.append(overlap)
                logRates.append(log(segment.rate))
                positive = true
            }
            guard positive else {
                throw DataError(
                    .zeroInputOverTransition, line: to.line, column: input.column, columnName: input.name,
                    message: "input '\(input.name)' is zero from \(PlainNumber.text(from.date)) to "
                        + "\(PlainNumber.text(to.date)), so that transition carries no information; "
                        + "drop those output rows or check the input")
            }
            offsets.append(weights.count)
            starts.append(from.date)
            ends.append(to.date)
            a0.append(from.value)
            a1.append(to.value)
        }
        guard starts.count >= Self.minimumTransitions else {
            throw DataError(
                .tooFewPoints, column: output.column, columnName: output.name,
                message: "series '\(output.name)' gives \(starts.count) transitions with distinct dates; "
                    + "the full-series likelihood needs at least \(Self.minimumTransitions)")
        }
        startDates = starts
        endDates = ends
        startLevels = a0
        endLevels = a1
        logStart = a0.map { log($0) }
        logEnd = a1.map { log($0) }
        segmentOffsets = offsets
        segmentWeights = weights
        segmentLogRates = logRates
        skippedEqualDates = skipped
    }

    /// The transitions at `indices` (in that order, repeats allowed), for hold-out fits and the
    /// transition bootstrap; the input is kept whole.
    func transitions(_ indices: [Int]) -> SeriesData {
        var offsets = [0], weights: [Double] = [], logRates: [Double] = []
        for i in indices {
            for k in segmentOffsets[i]..<segmentOffsets[i + 1] {
                weights.append(segmentWeights[k])
                logRates.append(segmentLogRates[k])
            }
            offsets.append(weights.count)
        }
        return SeriesData(copying: self, indices: indices, offsets: offsets, weights: weights, logRates: logRates)
    }

    /// A copy with other end levels (the same transitions and input), for simulated series.
    func replacingLevels(start: [Double], end: [Double]) -> SeriesData {
        SeriesData(
            copying: self, indices: Array(0..<transitionCount), offsets: segmentOffsets,
            weights: segmentWeights, logRates: segmentLogRates, start: start, end: end)
    }

    private init(
        copying data: SeriesData, indices: [Int], offsets: [Int], weights: [Double], logRates: [Double],
        start: [Double]? = nil, end: [Double]? = nil
    ) {
        outputName = data.outputName
        inputName = data.inputName
        inputKind = data.inputKind
        inputDates = data.inputDates
        inputValues = data.inputValues
        skippedEqualDates = data.skippedEqualDates
        startDates = indices.map { data.startDates[$0] }
        endDates = indices.map { data.endDates[$0] }
        startLevels = start ?? indices.map { data.startLevels[$0] }
        endLevels = end ?? indices.map { data.endLevels[$0] }
        logStart = startLevels.map { log($0) }
        logEnd = endLevels.map { log($0) }
        segmentOffsets = offsets
        segmentWeights = weights
        segmentLogRates = logRates
    }

    /// The input integral I_i(λ) of transition i.
    @inline(__always)
    func inputIntegral(_ i: Int, lambda: Double) -> Double {
        var total = 0.0
        for k in segmentOffsets[i]..<segmentOffsets[i + 1] {
            total += segmentWeights[k] * exp(lambda * segmentLogRates[k])
        }
        return total
    }

    /// The input integral of every transition at λ.
    public func inputIntegrals(lambda: Double) -> [Double] {
        (0..<transitionCount).map { inputIntegral($0, lambda: lambda) }
    }

    struct Point {
        let date: Double
        let value: Double
        let line: Int?
    }

    struct Segment {
        let start: Double
        let end: Double
        let rate: Double
    }

    static func present(_ series: TimeSeries) -> [Point] {
        series.years.indices.compactMap { i in
            series.values[i].map { Point(date: series.years[i], value: $0, line: series.lines?[i]) }
        }
    }

    static func span(_ segments: [Segment]) -> String {
        guard let first = segments.first, let last = segments.last else { return "no dates" }
        return "\(PlainNumber.text(first.start)) to \(PlainNumber.text(last.end))"
    }

    static func inputSegments(_ input: TimeSeries, kind: SeriesInputKind) throws -> [Segment] {
        let points = present(input)
        for (k, point) in points.enumerated() {
            guard point.value.isFinite, point.value >= 0 else {
                throw DataError(
                    point.value.isFinite ? .nonPositiveValue : .nonFiniteValue, line: point.line,
                    column: input.column, columnName: input.name,
                    message: "input '\(input.name)' has the value \(point.value) at "
                        + "\(PlainNumber.text(point.date)); research input must be finite and not negative")
            }
            if k > 0, point.date <= points[k - 1].date {
                throw DataError(
                    .decreasingDates, line: point.line, column: input.column, columnName: input.name,
                    message: "input '\(input.name)' dates must increase, but "
                        + "\(PlainNumber.text(point.date)) follows \(PlainNumber.text(points[k - 1].date))")
            }
        }
        guard points.count >= 2 else {
            throw DataError(
                .tooFewPoints, column: input.column, columnName: input.name,
                message: "input '\(input.name)' needs at least two dated values to span a transition")
        }
        return try (1..<points.count).map { k in
            let from = points[k - 1], to = points[k]
            switch kind {
            case .flow:
                return Segment(start: from.date, end: to.date, rate: from.value)
            case .cumulative:
                guard to.value >= from.value else {
                    throw DataError(
                        .decreasingCumulativeInput, line: to.line, column: input.column,
                        columnName: input.name,
                        message: "cumulative input '\(input.name)' falls from \(from.value) to "
                            + "\(to.value) at \(PlainNumber.text(to.date)); a count cannot decrease "
                            + "(is it a flow? then say so)")
                }
                return Segment(start: from.date, end: to.date, rate: (to.value - from.value) / (to.date - from.date))
            }
        }
    }
}
