import RDFit

/// Draws the parts every chart shares — document, title, axes, grid, legend, notes — in a fixed
/// order with identifiable classes and ids.
struct ChartCanvas {
    var svg = SVGBuilder()
    let layout: ChartLayout
    /// Formats a coordinate.
    let f = NumberFormatting.coordinate
    static let font = "DejaVu Sans, Helvetica, Arial, sans-serif"
    static let clipID = "plot-area-clip"

    /// Opens the document with accessible title and description, a white background and the
    /// chart title (and subtitle).
    init(layout: ChartLayout, title: String, subtitle: String?, description: String) {
        self.layout = layout
        let size = layout.size
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("width", f(size.width)), ("height", f(size.height)),
                ("viewBox", "0 0 \(f(size.width)) \(f(size.height))"),
                ("role", "img"), ("aria-label", title), ("aria-describedby", "chart-description"),
                ("font-family", Self.font),
            ])
        svg.element("title", [("id", "chart-title-text")], text: title)
        svg.element("desc", [("id", "chart-description")], text: description)
        svg.open("defs")
        svg.open("clipPath", [("id", Self.clipID)])
        svg.element(
            "rect",
            [("x", f(layout.left)), ("y", f(layout.top)), ("width", f(layout.width)), ("height", f(layout.height))])
        svg.close("clipPath")
        svg.close("defs")
        svg.element(
            "rect",
            [
                ("class", "background"), ("x", "0"), ("y", "0"), ("width", f(size.width)), ("height", f(size.height)),
                ("fill", "#FFFFFF"),
            ])
        let titleText = TextMetrics.truncate(
            title, toWidth: size.width - 32, fontSize: ChartLayout.titleFont, bold: true)
        svg.element(
            "text",
            [
                ("id", "chart-title"), ("class", "chart-title"), ("x", f(16)), ("y", f(30)),
                ("font-size", f(ChartLayout.titleFont)), ("font-weight", "bold"), ("fill", "#111111"),
            ], text: titleText)
        if let subtitle {
            let text = TextMetrics.truncate(subtitle, toWidth: size.width - 32, fontSize: ChartLayout.subtitleFont)
            svg.element(
                "text",
                [
                    ("id", "chart-subtitle"), ("class", "chart-subtitle"), ("x", f(16)), ("y", f(51)),
                    ("font-size", f(ChartLayout.subtitleFont)), ("fill", "#444444"),
                ], text: text)
        }
    }

    /// The horizontal axis: grid lines at major ticks, tick marks, labels (thinned so they never
    /// overlap) and the axis title, in `<g class="axis-x">`.
    mutating func drawXAxis(_ axis: ResolvedAxis, grid: Bool = true) {
        svg.open("g", [("class", "axis-x"), ("id", "axis-x")])
        if grid { drawGrid(axis, vertical: true) }
        let y0 = layout.bottom
        svg.element(
            "line",
            [
                ("class", "axis-line"), ("x1", f(layout.left)), ("y1", f(y0)), ("x2", f(layout.right)), ("y2", f(y0)),
                ("stroke", "#333333"), ("stroke-width", "1"),
            ])
        var lastRight = -Double.infinity
        for tick in axis.ticks {
            guard let fraction = axis.fraction(tick.value), fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
            let x = layout.x(fraction)
            let length = tick.isMajor ? ChartLayout.tickLength : ChartLayout.tickLength / 2
            svg.element(
                "line",
                [
                    ("class", tick.isMajor ? "tick tick-major" : "tick tick-minor"), ("x1", f(x)), ("y1", f(y0)),
                    ("x2", f(x)), ("y2", f(y0 + length)), ("stroke", "#333333"), ("stroke-width", "1"),
                ])
            guard tick.isMajor, !tick.label.isEmpty else { continue }
            let width = TextMetrics.width(tick, fontSize: ChartLayout.tickFont)
            guard x - width / 2 > lastRight + 6 else { continue }
            lastRight = x + width / 2
            drawTickLabel(tick, x: x, y: y0 + ChartLayout.tickLength + 14, anchor: "middle")
        }
        let titleY = y0 + ChartLayout.tickLength + 16 + 10 + 12
        // Centred under the plot, shifted right when a long title would run off the left edge.
        let xTitle = TextMetrics.truncate(
            axis.title, toWidth: layout.size.width - 32, fontSize: ChartLayout.axisTitleFont)
        let halfWidth = TextMetrics.width(xTitle, fontSize: ChartLayout.axisTitleFont) / 2
        let titleX = min(max(layout.left + layout.width / 2, 16 + halfWidth), layout.size.width - 16 - halfWidth)
        svg.element(
            "text",
            [
                ("class", "axis-label axis-label-x"), ("x", f(titleX)), ("y", f(titleY)), ("text-anchor", "middle"),
                ("font-size", f(ChartLayout.axisTitleFont)), ("fill", "#222222"),
            ], text: xTitle)
        svg.close("g")
    }

    /// The vertical axis, in `<g class="axis-y">`.
    mutating func drawYAxis(_ axis: ResolvedAxis, grid: Bool = true) {
        svg.open("g", [("class", "axis-y"), ("id", "axis-y")])
        if grid { drawGrid(axis, vertical: false) }
        let x0 = layout.left
        svg.element(
            "line",
            [
                ("class", "axis-line"), ("x1", f(x0)), ("y1", f(layout.top)), ("x2", f(x0)), ("y2", f(layout.bottom)),
                ("stroke", "#333333"), ("stroke-width", "1"),
            ])
        var lastTop = Double.infinity
        for tick in axis.ticks {
            guard let fraction = axis.fraction(tick.value), fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
            let y = layout.y(fraction)
            let length = tick.isMajor ? ChartLayout.tickLength : ChartLayout.tickLength / 2
            svg.element(
                "line",
                [
                    ("class", tick.isMajor ? "tick tick-major" : "tick tick-minor"), ("x1", f(x0 - length)),
                    ("y1", f(y)), ("x2", f(x0)), ("y2", f(y)), ("stroke", "#333333"), ("stroke-width", "1"),
                ])
            // The label's box: 0.75 em above its baseline (y + 4), plus a superscript's rise, 0.25 em below.
            let font = ChartLayout.tickFont
            let rise = tick.powerOfTen == nil ? 0 : 0.45 * font
            guard tick.isMajor, !tick.label.isEmpty, y + 4 + 0.25 * font < lastTop - 2 else { continue }
            lastTop = y + 4 - 0.75 * font - rise
            drawTickLabel(tick, x: x0 - ChartLayout.tickLength - 4, y: y + 4, anchor: "end")
        }
        // Centred on the plot when it fits there; otherwise centred in the column from below the
        // (sub)title to the x tick labels' row, and shortened to fit it.
        let titleWidth = TextMetrics.width(axis.title, fontSize: ChartLayout.axisTitleFont)
        let columnTop = layout.top - 12
        let columnBottom = layout.bottom + ChartLayout.tickLength + 14
        let centerY =
            titleWidth <= layout.height ? layout.top + layout.height / 2 : (columnTop + columnBottom) / 2
        let titleX = 14 + 13.0
        svg.element(
            "text",
            [
                ("class", "axis-label axis-label-y"), ("x", f(titleX)), ("y", f(centerY)),
                ("transform", "rotate(-90 \(f(titleX)) \(f(centerY)))"), ("text-anchor", "middle"),
                ("font-size", f(ChartLayout.axisTitleFont)), ("fill", "#222222"),
            ],
            text: TextMetrics.truncate(
                axis.title, toWidth: max(layout.height, columnBottom - columnTop),
                fontSize: ChartLayout.axisTitleFont))
        svg.close("g")
    }

    private mutating func drawGrid(_ axis: ResolvedAxis, vertical: Bool) {
        svg.open("g", [("class", "grid"), ("stroke", "#E3E3E3"), ("stroke-width", "1")])
        for tick in axis.ticks where tick.isMajor {
            guard let fraction = axis.fraction(tick.value), fraction > 1e-9, fraction < 1 - 1e-9 else { continue }
            if vertical {
                let x = layout.x(fraction)
                svg.element("line", [("x1", f(x)), ("y1", f(layout.top)), ("x2", f(x)), ("y2", f(layout.bottom))])
            } else {
                let y = layout.y(fraction)
                svg.element("line", [("x1", f(layout.left)), ("y1", f(y)), ("x2", f(layout.right)), ("y2", f(y))])
            }
        }
        svg.close("g")
    }

    private mutating func drawTickLabel(_ tick: AxisTick, x: Double, y: Double, anchor: String) {
        let attributes: SVGBuilder.Attributes = [
            ("class", "tick-label"), ("x", f(x)), ("y", f(y)), ("text-anchor", anchor),
            ("font-size", f(ChartLayout.tickFont)), ("fill", "#333333"),
        ]
        if let power = tick.powerOfTen {
            svg.text(attributes, tick.coefficient + "10", superscript: TextMetrics.exponentText(power))
        } else {
            svg.element("text", attributes, text: tick.label)
        }
    }

    /// Opens the clipped group that holds the data.
    mutating func beginData(class name: String = "data") {
        svg.open("g", [("class", name), ("clip-path", "url(#\(Self.clipID))")])
    }

    /// Closes the data group.
    mutating func endData() { svg.close("g") }

    /// A thin frame around the plot area (drawn after the data so it stays visible).
    mutating func drawPlotFrame() {
        svg.element(
            "rect",
            [
                ("class", "plot-frame"), ("x", f(layout.left)), ("y", f(layout.top)), ("width", f(layout.width)),
                ("height", f(layout.height)), ("fill", "none"), ("stroke", "#333333"), ("stroke-width", "1"),
            ])
    }

    /// The legend column right of the plot, in `<g class="legend">`, one `legend-entry` per row
    /// with the full label as a tooltip when it had to be shortened. Rows stay beside the plot:
    /// on a short chart they close up (to 15 px), and entries that still do not fit are left out
    /// and counted in a last row.
    mutating func drawLegend(_ entries: [LegendEntry]) {
        guard let x0 = layout.legendX, !entries.isEmpty else { return }
        let available = layout.height - 8 + 6
        let rowHeight = min(ChartLayout.legendRowHeight, max(15, available / Double(entries.count)))
        let fitting = max(1, Int(available / rowHeight))
        var shown = entries
        if entries.count > fitting {
            shown = Array(entries.prefix(max(fitting - 1, 0)))
            let left = entries.count - shown.count
            shown.append(
                LegendEntry(
                    label: "+ \(left) more (in the description)", color: "#FFFFFF",
                    swatch: .area(opacity: 0)))
        }
        svg.open("g", [("class", "legend"), ("id", "legend")])
        for (index, entry) in shown.enumerated() {
            let y = layout.top + 8 + Double(index) * rowHeight
            svg.open("g", [("class", "legend-entry")])
            let swatchMid = x0 + 12
            switch entry.swatch {
            case .line(let dash, let width):
                drawSwatchLine(x: x0, y: y, color: entry.color, dash: dash, width: width)
            case .points(let shape):
                svg.element(
                    "path",
                    [
                        ("d", shape.path(x: swatchMid, y: y, r: 4)), ("fill", entry.color), ("stroke", "#FFFFFF"),
                        ("stroke-width", "0.8"),
                    ])
            case .lineAndPoints(let dash, let shape):
                drawSwatchLine(x: x0, y: y, color: entry.color, dash: dash, width: 2)
                svg.element(
                    "path",
                    [
                        ("d", shape.path(x: swatchMid, y: y, r: 4)), ("fill", entry.color), ("stroke", "#FFFFFF"),
                        ("stroke-width", "0.8"),
                    ])
            case .area(let opacity):
                svg.element(
                    "rect",
                    [
                        ("x", f(x0)), ("y", f(y - 6)), ("width", "24"), ("height", "12"), ("fill", entry.color),
                        ("fill-opacity", NumberFormatting.fixed(opacity, decimals: 2)), ("stroke", entry.color),
                        ("stroke-width", "0.8"),
                    ])
            }
            let shown = TextMetrics.truncate(
                entry.label, toWidth: layout.legendLabelWidth, fontSize: ChartLayout.legendFont)
            svg.element(
                "text",
                [("x", f(x0 + 30)), ("y", f(y + 4)), ("font-size", f(ChartLayout.legendFont)), ("fill", "#222222")],
                text: shown)
            if shown != entry.label { svg.element("title", text: entry.label) }
            svg.close("g")
        }
        svg.close("g")
    }

    private mutating func drawSwatchLine(x: Double, y: Double, color: String, dash: ChartSeries.Dash, width: Double) {
        var attributes: SVGBuilder.Attributes = [
            ("x1", f(x)), ("y1", f(y)), ("x2", f(x + 24)), ("y2", f(y)), ("stroke", color), ("stroke-width", f(width)),
        ]
        if let pattern = dash.dashArray { attributes.append(("stroke-dasharray", pattern)) }
        svg.element("line", attributes)
    }

    /// Notes under the x-axis title, one per line, in `<g class="notes">`.
    mutating func drawNotes(_ notes: [String]) {
        guard !notes.isEmpty else { return }
        svg.open("g", [("class", "notes"), ("font-size", f(ChartLayout.noteFont)), ("fill", "#555555")])
        let firstY = layout.size.height - Double(notes.count) * ChartLayout.noteLineHeight + 4
        for (index, note) in notes.enumerated() {
            let text = TextMetrics.truncate(note, toWidth: layout.size.width - 32, fontSize: ChartLayout.noteFont)
            svg.element(
                "text",
                [("class", "note"), ("x", f(16)), ("y", f(firstY + Double(index) * ChartLayout.noteLineHeight))],
                text: text)
        }
        svg.close("g")
    }

    /// Closes the data group and draws what every x-y chart ends with: markers over the data,
    /// the plot frame, the legend and the notes; returns the document.
    mutating func finishDataChart(
        markers: [ChartMarker], xAxis: ResolvedAxis, legend: [LegendEntry], notes: [String]
    ) -> String {
        endData()
        drawMarkers(markers, on: xAxis)
        drawPlotFrame()
        drawLegend(legend)
        drawNotes(notes)
        return finish()
    }

    /// The finished document.
    mutating func finish() -> String {
        svg.close("svg")
        return svg.document()
    }
}
