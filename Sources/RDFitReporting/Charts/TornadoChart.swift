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

/// A tornado chart: one horizontal bar per assumption spanning the outcome at its low and high
/// settings around a baseline line, widest bar on top.
///
/// Each bar is two parts drawn from the baseline: to the outcome at the low setting (blue,
/// `class="bar-low"`) and to the outcome at the high setting (vermillion, `class="bar-high"`);
/// when both lie on one side, the longer part is drawn first so both ends stay visible. Outcomes
/// are labelled at the bar ends, with the settings that produce them on a second, smaller line
/// (`class="setting-label"`) when the bars are far enough apart. The outcome axis spans the
/// data (every outcome, the baseline and the markers) and widens only as far as the end labels
/// need to stay inside the plot; marker labels get their own rows above the bars. Bars are sorted by
/// ``TornadoBar/width`` (ties keep input order). Elements: `id="baseline"`, `class="category-label"`,
/// `class="legend"`, `class="axis-x"`, and optional markers such as ``ChartMarker/rEqualsOne``.
public struct TornadoChart: Sendable, Hashable, Codable {
    /// Chart title.
    public var title: String
    /// Optional subtitle.
    public var subtitle: String?
    /// The outcome axis (x), linear or logarithmic.
    public var outcomeAxis: ChartAxis
    /// Outcome with every assumption at baseline.
    public var baseline: Double
    /// Label of the baseline line; default "Baseline".
    public var baselineLabel: String
    /// One bar per assumption (any order).
    public var bars: [TornadoBar]
    /// Legend text for the low-setting colour; default "Assumption at low setting".
    public var lowLegend: String
    /// Legend text for the high-setting colour; default "Assumption at high setting".
    public var highLegend: String
    /// Extra vertical markers (e.g. r = 1); default none.
    public var markers: [ChartMarker]
    /// Notes under the chart.
    public var notes: [String]
    /// Size; default 800 × 500.
    public var size: ChartSize

    /// Creates a tornado chart.
    ///
    /// - Parameters:
    ///   - title: Title.
    ///   - subtitle: Default nil.
    ///   - outcomeAxis: The outcome axis.
    ///   - baseline: Outcome at baseline.
    ///   - baselineLabel: Default "Baseline".
    ///   - bars: Assumptions.
    ///   - lowLegend: Default "Assumption at low setting".
    ///   - highLegend: Default "Assumption at high setting".
    ///   - markers: Default none.
    ///   - notes: Default none.
    ///   - size: Default 800 × 500.
    public init(
        title: String, subtitle: String? = nil, outcomeAxis: ChartAxis, baseline: Double,
        baselineLabel: String = "Baseline", bars: [TornadoBar], lowLegend: String = "Assumption at low setting",
        highLegend: String = "Assumption at high setting", markers: [ChartMarker] = [], notes: [String] = [],
        size: ChartSize = .standard
    ) {
        self.title = title
        self.subtitle = subtitle
        self.outcomeAxis = outcomeAxis
        self.baseline = baseline
        self.baselineLabel = baselineLabel
        self.bars = bars
        self.lowLegend = lowLegend
        self.highLegend = highLegend
        self.markers = markers
        self.notes = notes
        self.size = size
    }

    /// The bars in drawing order: widest first, ties in input order.
    public var sortedBars: [TornadoBar] {
        bars.enumerated().sorted { a, b in
            a.element.width != b.element.width ? a.element.width > b.element.width : a.offset < b.offset
        }.map(\.element)
    }

    /// The end labels of `bar`: the outcomes left of the baseline (outermost first) and right of
    /// it, each joined into one label, with the outermost value on each side.
    static func sideLabels(
        _ bar: TornadoBar, baseline: Double, withSettings: Bool = true
    )
        -> [(text: String, outer: Double, isLeft: Bool)]
    {
        let parts = [(bar.outcomeAtLow, bar.lowSetting), (bar.outcomeAtHigh, bar.highSetting)].filter { $0.0.isFinite }
            .map { ($0.0, withSettings ? $0.1 : nil) }
        let left = parts.filter { $0.0 < baseline }.sorted { $0.0 < $1.0 }
        let right = parts.filter { $0.0 >= baseline }.sorted { $0.0 > $1.0 }
        var result: [(text: String, outer: Double, isLeft: Bool)] = []
        for (side, isLeft) in [(left, true), (right, false)] where !side.isEmpty {
            let lines = labelLines(side.map { ($0.0, $0.1) })
            // The wider of the two lines, in characters of the value font (settings at 10/11 size).
            let settingsChars = Int((Double(lines.settings?.count ?? 0) * settingFont / valueFont).rounded(.up))
            let widest =
                lines.values.count >= settingsChars ? lines.values : String(repeating: "0", count: settingsChars)
            result.append((widest, side[0].0, isLeft))
        }
        return result
    }

    /// The font size of the settings line under the values.
    static let settingFont = 10.0
    /// The font size of the values at the bar ends.
    static let valueFont = 11.0

    /// An end label's two lines: the outcomes ("2.89 · 1.44") and, under them, the settings that
    /// produce them ("(2) · (1)"), nil when there are none.
    static func labelLines(_ parts: [(value: Double, setting: String?)]) -> (values: String, settings: String?) {
        let values = parts.map { NumberFormatting.value($0.value) }.joined(separator: " · ")
        let settings = parts.compactMap { part in part.setting.flatMap { $0.isEmpty ? nil : "(\($0))" } }
        return (values, settings.isEmpty ? nil : settings.joined(separator: " · "))
    }

    /// The outcome axis: the data's range (outcomes, baseline, markers, 2% padding), widened just
    /// enough that every end label fits inside the plot, 5 px from its bar and 4 px from the frame;
    /// ticks only over the data's range, so the margins kept for labels carry no ticks.
    ///
    /// With span S and bounds lo, hi (in log₁₀ on a log axis), a label of w px right of the value
    /// v needs hi − v ≥ (w + 9)/W·S, and left of it v − lo ≥ (w + 9)/W·S; S is the fixed point of
    /// S = max(data, v + b·S) − min(data, v − a·S), reached by iteration when the widest labels
    /// take less than 90% of the plot's width W. When they take more, the settings are left out
    /// of the labels (`withSettings` false) and, if the numbers alone are still too wide, the
    /// range is the data's.
    private func fittedAxis(
        _ ordered: [TornadoBar], width: Double, valueFont: Double, allowSettings: Bool
    ) -> (
        axis: ResolvedAxis, withSettings: Bool
    ) {
        let logarithmic = outcomeAxis.scale == .logarithmic
        func t(_ value: Double) -> Double? {
            guard value.isFinite, !logarithmic || value > 0 else { return nil }
            return logarithmic ? log10(value) : value
        }
        let values = ordered.flatMap { [$0.outcomeAtLow, $0.outcomeAtHigh] } + [baseline] + markers.map(\.value)
        guard outcomeAxis.lower == nil, outcomeAxis.upper == nil else {
            return (ResolvedAxis(axis: outcomeAxis, values: values, snap: false, padFraction: 0.03), true)
        }
        let data = values.compactMap(t)
        guard var low = data.min(), var high = data.max() else {
            return (ResolvedAxis(axis: outcomeAxis, values: values, snap: false, padFraction: 0.03), true)
        }
        if high - low <= 1e-12 * max(abs(low), 1) {
            let spread = logarithmic ? 0.1 : (low == 0 ? 1 : abs(low) * 0.1)
            low -= spread
            high += spread
        }
        let pad = 0.02 * (high - low)
        low -= pad
        high += pad
        func measuredLabels(withSettings: Bool) -> [(t: Double, share: Double, isLeft: Bool)] {
            ordered.flatMap { Self.sideLabels($0, baseline: baseline, withSettings: withSettings) }.compactMap {
                label -> (t: Double, share: Double, isLeft: Bool)? in
                guard let position = t(label.outer) else { return nil }
                return (
                    position, (TextMetrics.width(label.text, fontSize: valueFont) + 9) / max(width, 1), label.isLeft
                )
            }
        }
        func widest(_ labels: [(t: Double, share: Double, isLeft: Bool)]) -> Double {
            (labels.filter(\.isLeft).map(\.share).max() ?? 0) + (labels.filter { !$0.isLeft }.map(\.share).max() ?? 0)
        }
        var withSettings = allowSettings
        var labels = measuredLabels(withSettings: allowSettings)
        if withSettings && widest(labels) >= 0.9 {
            withSettings = false
            labels = measuredLabels(withSettings: false)
        }
        var lower = low, upper = high
        if widest(labels) < 0.9 {
            var span = high - low
            for _ in 0..<200 {
                lower = min(low, labels.filter(\.isLeft).map { $0.t - $0.share * span }.min() ?? low)
                upper = max(high, labels.filter { !$0.isLeft }.map { $0.t + $0.share * span }.max() ?? high)
                if abs(upper - lower - span) <= 1e-12 * span { break }
                span = upper - lower
            }
        }
        let axis = ChartAxis(
            label: outcomeAxis.label, unit: outcomeAxis.unit, scale: outcomeAxis.scale,
            lower: logarithmic ? pow(10, lower) : lower, upper: logarithmic ? pow(10, upper) : upper)
        let resolved = ResolvedAxis(axis: axis, values: [], snap: false)
        let ticked =
            logarithmic ? resolved.ticked(from: pow(10, low), to: pow(10, high)) : resolved.ticked(from: low, to: high)
        return (ticked, withSettings)
    }

    /// The chart as a standalone SVG document; deterministic.
    public func svg() -> String {
        let ordered = sortedBars
        let labelFont = 12.0
        let valueFont = Self.valueFont
        let legend =
            [
                LegendEntry(label: lowLegend, color: ChartPalette.blue, swatch: .area(opacity: 0.85)),
                LegendEntry(label: highLegend, color: ChartPalette.vermillion, swatch: .area(opacity: 0.85)),
                LegendEntry(
                    label: "\(baselineLabel) = \(NumberFormatting.value(baseline))", color: ChartPalette.black,
                    swatch: .line(dash: .solid, width: 1.5)),
            ]
            + markers.map { marker -> LegendEntry in
                let style = ChartCanvas.style(of: marker.role)
                return LegendEntry(
                    label: marker.label, color: style.color,
                    swatch: .line(dash: style.dash == nil ? .solid : .dashed, width: style.width))
            }
        let nameWidth = min(
            ordered.map { TextMetrics.width($0.name, fontSize: labelFont) }.max() ?? 0,
            size.width * (size.width < ChartLayout.narrowWidth ? 0.2 : 0.28))
        let layout = ChartLayout(
            size: size, hasSubtitle: subtitle != nil, leftLabelWidth: nameWidth, hasYTitle: false,
            legendLabels: legend.map(\.label), noteCount: notes.count)

        // Settings go on a second line under the values, which needs bars at least 30 px apart.
        let (xResolved, withSettings) = fittedAxis(
            ordered, width: layout.width, valueFont: valueFont,
            allowSettings: (layout.height - 23) / Double(max(ordered.count, 1)) >= 30)
        let description =
            "Tornado chart of \(outcomeAxis.title) around \(baselineLabel.lowercased()) \(NumberFormatting.value(baseline)): "
            + ordered.map {
                "\($0.name) from \(NumberFormatting.value($0.outcomeAtLow)) (low) to \(NumberFormatting.value($0.outcomeAtHigh)) (high)"
            }.joined(separator: "; ") + "."
        var canvas = ChartCanvas(layout: layout, title: title, subtitle: subtitle, description: description)
        canvas.drawXAxis(xResolved)
        let f = NumberFormatting.coordinate
        let markerRows =
            (ChartCanvas.placeMarkerLabels(markers, axis: xResolved, layout: layout).map(\.row).max() ?? -1) + 1
        let barsTop = layout.top + (markerRows > 0 ? 8 + Double(markerRows) * ChartCanvas.markerRowHeight : 0)
        let band = (layout.bottom - barsTop) / Double(max(ordered.count, 1))
        let thickness = min(band * 0.62, 30)
        let baseX = xResolved.fraction(baseline).map(layout.x)
        // Markers go under the bars and their halo-backed labels so labels stay readable.
        canvas.drawMarkers(markers, on: xResolved)
        canvas.svg.open("g", [("class", "bars")])
        for (index, bar) in ordered.enumerated() {
            let center = barsTop + band * (Double(index) + 0.5)
            canvas.svg.open("g", [("class", "tornado-bar"), ("id", "bar-" + SVGEscaping.slug(bar.name))])
            let shownName = TextMetrics.truncate(bar.name, toWidth: nameWidth, fontSize: labelFont)
            canvas.svg.element(
                "text",
                [
                    ("class", "category-label"), ("x", f(layout.left - 8)), ("y", f(center + 4)),
                    ("text-anchor", "end"), ("font-size", f(labelFont)), ("fill", "#222222"),
                ], text: shownName)
            if shownName != bar.name { canvas.svg.element("title", text: bar.name) }
            guard let baseX else { canvas.svg.close("g"); continue }
            let parts: [(value: Double, setting: String?, cls: String, color: String)] = [
                (bar.outcomeAtLow, bar.lowSetting, "bar-low", ChartPalette.blue),
                (bar.outcomeAtHigh, bar.highSetting, "bar-high", ChartPalette.vermillion),
            ]
            let placed = parts.compactMap {
                part -> (x: Double, setting: String?, cls: String, color: String, value: Double)? in
                guard let fraction = xResolved.fraction(part.value) else { return nil }
                return (layout.x(min(max(fraction, 0), 1)), part.setting, part.cls, part.color, part.value)
            }.sorted { abs($0.x - baseX) > abs($1.x - baseX) }
            for part in placed {
                let x0 = min(part.x, baseX)
                canvas.svg.element(
                    "rect",
                    [
                        ("class", part.cls), ("x", f(x0)), ("y", f(center - thickness / 2)),
                        ("width", f(max(abs(part.x - baseX), 0.5))), ("height", f(thickness)), ("fill", part.color),
                        ("fill-opacity", "0.85"),
                    ])
            }
            // End labels: one per side of the baseline; two outcomes on one side share a label.
            let left = placed.filter { $0.x < baseX }.sorted { $0.x < $1.x }
            let right = placed.filter { $0.x >= baseX }.sorted { $0.x > $1.x }
            for (side, anchor) in [(left, "end"), (right, "start")] where !side.isEmpty {
                let lines = Self.labelLines(side.map { ($0.value, withSettings ? $0.setting : nil) })
                let x = anchor == "end" ? side[0].x - 5 : side[0].x + 5
                // A label that would leave the plot (only when the labels are wider than the plot
                // itself) is not drawn; the chart's description gives every value.
                let labelWidth = max(
                    TextMetrics.width(lines.values, fontSize: valueFont),
                    TextMetrics.width(lines.settings ?? "", fontSize: Self.settingFont))
                guard anchor == "end" ? x - labelWidth >= layout.left + 2 : x + labelWidth <= layout.right - 2
                else { continue }
                if let settings = lines.settings {
                    canvas.svg.element(
                        "text",
                        [
                            ("class", "setting-label"), ("x", f(x)), ("y", f(center + 12)), ("text-anchor", anchor),
                            ("font-size", f(Self.settingFont)), ("fill", "#555555"), ("stroke", "#FFFFFF"),
                            ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke"),
                        ], text: settings)
                }
                let text = lines.values
                canvas.svg.element(
                    "text",
                    [
                        ("class", "value-label"), ("x", f(x)), ("y", f(center + (lines.settings == nil ? 4 : -1))),
                        ("text-anchor", anchor),
                        ("font-size", f(valueFont)), ("fill", "#222222"), ("stroke", "#FFFFFF"), ("stroke-width", "3"),
                        ("stroke-linejoin", "round"), ("paint-order", "stroke"),
                    ], text: text)
            }
            canvas.svg.close("g")
        }
        canvas.svg.close("g")
        if let baseX {
            canvas.svg.element(
                "line",
                [
                    ("id", "baseline"), ("class", "baseline"), ("x1", f(baseX)), ("y1", f(layout.top)),
                    ("x2", f(baseX)), ("y2", f(layout.bottom)), ("stroke", ChartPalette.black), ("stroke-width", "1.5"),
                ])
        }
        canvas.drawPlotFrame()
        canvas.drawLegend(legend)
        canvas.drawNotes(notes)
        return canvas.finish()
    }
}
