import RDFit

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

/// Charts of the software level after automation, in the style of Eth & Davidson (2025) Figure 9.
public enum SoftwareLevelChart {
    /// Default r values: two fizzles (0.5, 0.7), exponential growth (1) and two explosions
    /// (1.5, 3). The report's Figure 9 shows two lines below and two above r = 1 without printing
    /// their values; 0.7 and 3 are the ones its text works through.
    public static let defaultRValues: [Double] = [0.5, 0.7, 1, 1.5, 3]

    /// Today's pace used for the dashed reference line: about 6 doublings a year (~64×/yr),
    /// from footnotes 24 and 29 (~4 software doublings × ~4× compute a year).
    public static let currentPaceDoublingsPerYear = 6.0

    /// Software level over the first months after automation for several r on a log y axis.
    ///
    /// Each line is a ``SoftwareLevelPath`` (first doubling `firstDoublingMonths`, hardware fixed,
    /// log-linear within each doubling); lines for r > 1 stop at 2^`maximumDoublings` before
    /// their finite-time limit, which their legend entry gives. Colours follow the report: fizzles
    /// blue and green, r = 1 orange, explosions vermillion and purple.
    ///
    /// - Parameters:
    ///   - rValues: Values of r; default ``defaultRValues``.
    ///   - firstDoublingMonths: First doubling time; default 1 (as in Figure 9).
    ///   - horizonMonths: Default 12.
    ///   - maximumDoublings: Cap on the plotted level (log₂); default 30 (≈ 10⁹).
    ///   - referencePaceDoublingsPerYear: Dotted reference line; default 6; nil for none.
    ///   - size: Default 800 × 500.
    /// - Throws: ``SpecificationError`` for invalid r, first doubling, horizon or cap, or
    ///   (`.returns`) an empty list of r values.
    /// - Returns: A ``LineChart``; call ``LineChart/svg()``.
    public static func figure9(
        rValues: [Double] = defaultRValues, firstDoublingMonths: Double = 1, horizonMonths: Double = 12,
        maximumDoublings: Double = 30, referencePaceDoublingsPerYear: Double? = currentPaceDoublingsPerYear,
        size: ChartSize = .standard
    ) throws -> LineChart {
        guard !rValues.isEmpty else {
            throw SpecificationError(setting: .returns, message: "give at least one value of r to plot.")
        }
        let sorted = rValues.sorted()
        let fizzleColors = [ChartPalette.blue, ChartPalette.green, ChartPalette.skyBlue]
        let explosionColors = [ChartPalette.vermillion, ChartPalette.purple, ChartPalette.black]
        var fizzleIndex = 0
        var explosionIndex = 0
        var series: [ChartSeries] = []
        var capped: [String] = []
        for r in sorted {
            let path = try SoftwareLevelPathSpecification(
                r: r, firstDoublingMonths: firstDoublingMonths, horizonMonths: horizonMonths,
                maximumDoublings: maximumDoublings
            ).compute()
            let rText = NumberFormatting.value(r)
            let color: String
            var name: String
            switch path.regime {
            case .fizzle:
                color = fizzleColors[fizzleIndex % fizzleColors.count]
                fizzleIndex += 1
                name = "r = \(rText) (fizzle)"
            case .exponential:
                color = ChartPalette.orange
                name = "r = \(rText) (exponential)"
            case .explosion:
                color = explosionColors[explosionIndex % explosionColors.count]
                explosionIndex += 1
                name = "r = \(rText) (SIE)"
                if let limit = path.finiteTimeLimitMonths, limit <= horizonMonths {
                    name = "r = \(rText) (SIE, ∞ at \(NumberFormatting.value(limit, significant: 2)) mo)"
                }
            }
            if path.capReachedAtMonths != nil { capped.append(rText) }
            series.append(
                ChartSeries(
                    name: name, points: path.points.map { ChartPoint(x: $0.months, y: $0.level) }, style: .line,
                    color: color))
        }
        if let pace = referencePaceDoublingsPerYear, pace > 0, pace.isFinite {
            let steps = 48
            let points = (0...steps).map { step -> ChartPoint in
                let months = horizonMonths * Double(step) / Double(steps)
                return ChartPoint(x: months, y: exp2(pace * months / 12))
            }
            series.append(
                ChartSeries(
                    name: "Today's pace, ~\(NumberFormatting.value(pace)) doublings/yr", points: points, style: .line,
                    dash: .dashed, color: ChartPalette.grey))
        }
        var notes = [
            "First doubling \(NumberFormatting.value(firstDoublingMonths)) month\(firstDoublingMonths == 1 ? "" : "s"); each later one takes 2^(1/r − 1) times as long; hardware fixed; no \"stepping on toes\"."
        ]
        if !capped.isEmpty {
            notes.append(
                "Lines for r = \(capped.joined(separator: ", ")) stop at 2^\(NumberFormatting.value(maximumDoublings)) (plot cap); they diverge at the finite-time limit in the legend."
            )
        }
        return LineChart(
            title:
                "Software progress in the first \(NumberFormatting.value(horizonMonths)) months of automated AI R&D",
            subtitle: "After Eth & Davidson (2025), Figure 9",
            xAxis: ChartAxis(label: "Time since automation", unit: "months", lower: 0, upper: horizonMonths),
            yAxis: ChartAxis(
                label: "Software level", unit: "× level at automation", scale: .logarithmic, lower: 1,
                upper: exp2(maximumDoublings)),
            series: series,
            notes: notes,
            size: size
        )
    }
}
