import RDFit

/// A line or scatter chart of named series, with optional log axes, straight fitted segments and
/// vertical markers; ``svg()`` renders it.
///
/// Layout: title (and subtitle) on top, plot area with grid, legend column on the right, axis
/// titles with units, notes at the bottom. Elements carry classes and ids for tests and styling:
/// `axis-x`, `axis-y`, `legend`, `series-<slug>`, `fit-<slug>`, `marker-<slug>`, `note`.
/// Points that cannot be drawn (non-finite, or ≤ 0 on a log axis) are skipped and counted in a note.
public struct LineChart: Sendable, Hashable, Codable {
    /// Chart title (also the SVG `<title>` and `aria-label`).
    public var title: String
    /// Optional second line under the title.
    public var subtitle: String?
    /// Horizontal axis.
    public var xAxis: ChartAxis
    /// Vertical axis.
    public var yAxis: ChartAxis
    /// Data series, drawn in order with palette colours and marker shapes by position.
    public var series: [ChartSeries]
    /// Straight segments in data coordinates (e.g. fitted exponential trends on a log y axis).
    public var fittedLines: [ChartSegment]
    /// Shaded bands, drawn under everything else.
    public var bands: [ChartBand]
    /// Vertical marker lines.
    public var markers: [ChartMarker]
    /// Notes printed under the chart.
    public var notes: [String]
    /// Size; default 800 × 500.
    public var size: ChartSize

    /// Creates a chart.
    ///
    /// - Parameters:
    ///   - title: Title.
    ///   - subtitle: Optional subtitle; default nil.
    ///   - xAxis: Horizontal axis (label, unit, scale).
    ///   - yAxis: Vertical axis.
    ///   - series: Data series.
    ///   - fittedLines: Fitted segments; default none.
    ///   - bands: Shaded bands; default none.
    ///   - markers: Vertical markers; default none.
    ///   - notes: Notes; default none.
    ///   - size: Default 800 × 500.
    public init(
        title: String, subtitle: String? = nil, xAxis: ChartAxis, yAxis: ChartAxis, series: [ChartSeries],
        fittedLines: [ChartSegment] = [], bands: [ChartBand] = [], markers: [ChartMarker] = [], notes: [String] = [],
        size: ChartSize = .standard
    ) {
        self.title = title
        self.subtitle = subtitle
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.fittedLines = fittedLines
        self.bands = bands
        self.markers = markers
        self.notes = notes
        self.size = size
    }

    /// The chart as a standalone SVG document (UTF-8 text); the same chart always gives the same bytes.
    public func svg() -> String {
        let allPoints =
            series.flatMap(\.points) + fittedLines.flatMap { [$0.start, $0.end] } + bands.flatMap(\.outline)
        let xResolved = ResolvedAxis(
            axis: xAxis, values: allPoints.map(\.x) + markers.map(\.value), snap: false, padFraction: 0.03)
        let yResolved = ResolvedAxis(
            axis: yAxis, values: allPoints.map(\.y), snap: yAxis.scale == .linear, padFraction: 0.04)
        let colors = series.enumerated().map { $0.element.color ?? ChartPalette.color(at: $0.offset) }
        func segmentColor(_ segment: ChartSegment, index: Int) -> String {
            if let name = segment.matchingSeries, let position = series.firstIndex(where: { $0.name == name }) {
                return colors[position]
            }
            return segment.color ?? ChartPalette.color(at: series.count + index)
        }
        var legend: [LegendEntry] = bands.map {
            LegendEntry(label: $0.name, color: $0.color, swatch: .area(opacity: $0.opacity))
        }
        for (index, item) in series.enumerated() {
            let shape = MarkerShape.at(index)
            let swatch: LegendEntry.Swatch
            switch item.style {
            case .line: swatch = .line(dash: item.dash, width: 2)
            case .points: swatch = .points(shape)
            case .lineAndPoints: swatch = .lineAndPoints(dash: item.dash, shape: shape)
            }
            legend.append(LegendEntry(label: item.name, color: colors[index], swatch: swatch))
        }
        for (index, segment) in fittedLines.enumerated() {
            legend.append(
                LegendEntry(
                    label: segment.name, color: segmentColor(segment, index: index),
                    swatch: .line(dash: segment.dash, width: 1.8)))
        }
        let skipped = series.reduce(0) { count, item in
            count + item.points.filter { !xResolved.accepts($0.x) || !yResolved.accepts($0.y) }.count
        }
        var allNotes = notes
        if skipped > 0 {
            let reason =
                (xAxis.scale == .logarithmic || yAxis.scale == .logarithmic)
                ? "non-finite or not positive on a log axis" : "non-finite"
            allNotes.append("\(skipped) point\(skipped == 1 ? "" : "s") not drawn (\(reason)).")
        }
        let yLabelWidth =
            yResolved.ticks.filter(\.isMajor).map { TextMetrics.width($0, fontSize: ChartLayout.tickFont) }.max() ?? 0
        let layout = ChartLayout(
            size: size, hasSubtitle: subtitle != nil, leftLabelWidth: yLabelWidth, hasYTitle: true,
            legendLabels: legend.map(\.label), noteCount: allNotes.count)
        let description =
            "\(xAxis.scale == .logarithmic ? "Log-scale" : "Linear") x axis: \(xAxis.title); \(yAxis.scale == .logarithmic ? "log-scale" : "linear") y axis: \(yAxis.title). Series: \((bands.map(\.name) + series.map(\.name) + fittedLines.map(\.name)).joined(separator: "; "))."
        var canvas = ChartCanvas(layout: layout, title: title, subtitle: subtitle, description: description)
        canvas.drawXAxis(xResolved)
        canvas.drawYAxis(yResolved)
        let f = NumberFormatting.coordinate
        func pixel(_ point: ChartPoint) -> (Double, Double)? {
            guard let fx = xResolved.fraction(point.x), let fy = yResolved.fraction(point.y) else { return nil }
            return (layout.x(fx), layout.y(fy))
        }
        canvas.beginData()
        var usedIDs: [String: Int] = [:]
        func uniqueID(_ base: String) -> String {
            let count = usedIDs[base, default: 0]
            usedIDs[base] = count + 1
            return count == 0 ? base : "\(base)-\(count + 1)"
        }
        for band in bands {
            let corners = band.outline.compactMap(pixel)
            guard corners.count == band.outline.count, corners.count >= 4 else { continue }
            let path =
                corners.enumerated().map { ($0.offset == 0 ? "M" : "L") + "\(f($0.element.0)),\(f($0.element.1))" }
                .joined() + "Z"
            canvas.svg.element(
                "path",
                [
                    ("class", "band"), ("id", uniqueID("band-" + SVGEscaping.slug(band.name))), ("d", path),
                    ("fill", band.color), ("fill-opacity", NumberFormatting.fixed(band.opacity, decimals: 2)),
                    ("stroke", "none"),
                ])
        }
        for (index, segment) in fittedLines.enumerated() {
            guard let a = pixel(segment.start), let b = pixel(segment.end) else { continue }
            var attributes: SVGBuilder.Attributes = [
                ("class", "fit"), ("id", uniqueID("fit-" + SVGEscaping.slug(segment.name))), ("x1", f(a.0)),
                ("y1", f(a.1)), ("x2", f(b.0)), ("y2", f(b.1)), ("stroke", segmentColor(segment, index: index)),
                ("stroke-width", "1.8"),
            ]
            if let dash = segment.dash.dashArray { attributes.append(("stroke-dasharray", dash)) }
            canvas.svg.element("line", attributes)
        }
        for (index, item) in series.enumerated() {
            canvas.svg.open("g", [("class", "series"), ("id", uniqueID("series-" + SVGEscaping.slug(item.name)))])
            let pixels = item.points.map(pixel)
            if item.style != .points {
                var path = ""
                var penDown = false
                for p in pixels {
                    guard let p else { penDown = false; continue }
                    path += (penDown ? "L" : "M") + "\(f(p.0)),\(f(p.1))"
                    penDown = true
                }
                if !path.isEmpty {
                    var attributes: SVGBuilder.Attributes = [
                        ("class", "series-line"), ("d", path), ("fill", "none"), ("stroke", colors[index]),
                        ("stroke-width", "2"), ("stroke-linejoin", "round"),
                    ]
                    if let dash = item.dash.dashArray { attributes.append(("stroke-dasharray", dash)) }
                    canvas.svg.element("path", attributes)
                }
            }
            if item.style != .line {
                let shape = MarkerShape.at(index)
                for p in pixels.compactMap({ $0 }) {
                    canvas.svg.element(
                        "path",
                        [
                            ("class", "series-point"), ("d", shape.path(x: p.0, y: p.1, r: 3.5)),
                            ("fill", colors[index]), ("stroke", "#FFFFFF"), ("stroke-width", "0.8"),
                        ])
                }
            }
            canvas.svg.close("g")
        }
        return canvas.finishDataChart(markers: markers, xAxis: xResolved, legend: legend, notes: allNotes)
    }
}
