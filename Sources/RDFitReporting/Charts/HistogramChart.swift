import RDFit

/// A histogram of draws (bootstrap replicates, posterior samples) with a shaded interval and
/// labelled vertical markers such as the point estimate, the interval bounds and r = 1.
///
/// Binning and tail clipping follow ``HistogramBins``; a note states the display range and how
/// many draws lie outside it. The x axis covers the display range, the interval and every marker
/// (so r = 1 is always visible). A second set of draws (r after adjustments) can be drawn as
/// orange bars over the first, binned on its own. Elements: `class="bar"`, `class="bar-adjusted"`
/// (in `id="adjusted-distribution"`), `id="interval"`, `id="marker-…"`, `class="legend"`,
/// `class="axis-x"`, `class="axis-y"`, `class="note"`.
public struct HistogramChart: Sendable, Hashable, Codable {
    /// Bar heights: density (area = share of draws) or counts.
    public enum Height: String, Sendable, Hashable, Codable, CaseIterable {
        /// count/(n·bin width).
        case density
        /// Draws per bin.
        case count
    }

    /// Chart title.
    public var title: String
    /// Optional subtitle.
    public var subtitle: String?
    /// The quantity drawn (x axis); its scale is always drawn linear.
    public var valueAxis: ChartAxis
    /// The draws.
    public var draws: [Double]
    /// Legend label for the bars; default "Draws".
    public var drawsLabel: String
    /// A second distribution drawn as orange bars over the first (e.g. the draws of r after
    /// adjustments); empty for none.
    public var adjustedDraws: [Double]
    /// Legend label for the second distribution's bars; default "Adjusted draws".
    public var adjustedDrawsLabel: String
    /// What the estimate marker is, added to its legend entry when its label does not say so;
    /// default "point estimate" ("posterior median" for posterior draws).
    public var estimateRole: String
    /// Shaded interval, if any.
    public var interval: ChartInterval?
    /// Vertical markers.
    public var markers: [ChartMarker]
    /// Quantile levels bounding the display; default 0.005…0.995.
    public var displayQuantiles: ClosedRange<Double>
    /// Density or count; default density.
    public var height: Height
    /// Extra notes under the chart.
    public var notes: [String]
    /// Size; default 800 × 500.
    public var size: ChartSize

    /// Creates a histogram chart.
    ///
    /// - Parameters:
    ///   - title: Title.
    ///   - subtitle: Default nil.
    ///   - valueAxis: The x axis (label and unit of the drawn quantity).
    ///   - draws: Values to bin.
    ///   - drawsLabel: Legend label for the bars; default "Draws".
    ///   - adjustedDraws: A second distribution drawn over the first; default none.
    ///   - adjustedDrawsLabel: Its legend label; default "Adjusted draws".
    ///   - estimateRole: What the estimate marker is; default "point estimate".
    ///   - interval: Shaded interval; default none.
    ///   - markers: Vertical markers; default none.
    ///   - displayQuantiles: Default 0.005…0.995 (0.5%–99.5%).
    ///   - height: Default `.density`.
    ///   - notes: Default none.
    ///   - size: Default 800 × 500.
    public init(
        title: String, subtitle: String? = nil, valueAxis: ChartAxis, draws: [Double], drawsLabel: String = "Draws",
        adjustedDraws: [Double] = [], adjustedDrawsLabel: String = "Adjusted draws",
        estimateRole: String = "point estimate", interval: ChartInterval? = nil, markers: [ChartMarker] = [],
        displayQuantiles: ClosedRange<Double> = 0.005...0.995, height: Height = .density, notes: [String] = [],
        size: ChartSize = .standard
    ) {
        self.title = title
        self.subtitle = subtitle
        self.valueAxis = valueAxis
        self.draws = draws
        self.drawsLabel = drawsLabel
        self.adjustedDraws = adjustedDraws
        self.adjustedDrawsLabel = adjustedDrawsLabel
        self.estimateRole = estimateRole
        self.interval = interval
        self.markers = markers
        self.displayQuantiles = displayQuantiles
        self.height = height
        self.notes = notes
        self.size = size
    }

    /// The distribution of r = λ/β draws with the point estimate, the interval (shaded, with its
    /// bounds marked) and the highlighted r = 1 line (``ChartMarker/rEqualsOne``).
    ///
    /// - Parameters:
    ///   - draws: Bootstrap replicates or posterior draws of r.
    ///   - pointEstimate: The estimate r̂; marked `id="marker-estimate"`; default none.
    ///   - interval: Interval for r, e.g. `ChartInterval(low:high:label: "90% interval")`;
    ///     shaded, with bounds marked `marker-lower-bound` and `marker-upper-bound`; default none.
    ///   - title: Default "Distribution of the returns to software R&D".
    ///   - subtitle: Default nil.
    ///   - drawsLabel: Default "Bootstrap draws".
    ///   - estimateRole: What `pointEstimate` is; default "point estimate".
    /// - Returns: The chart; call ``svg()``.
    public static func returnsToRD(
        draws: [Double], pointEstimate: Double? = nil, interval: ChartInterval? = nil,
        title: String = "Distribution of the returns to software R&D", subtitle: String? = nil,
        drawsLabel: String = "Bootstrap draws", estimateRole: String = "point estimate"
    ) -> HistogramChart {
        var markers: [ChartMarker] = []
        if let pointEstimate {
            markers.append(
                ChartMarker(
                    label: "r̂ = \(NumberFormatting.value(pointEstimate))", value: pointEstimate, role: .estimate,
                    id: "marker-estimate"))
        }
        if let interval {
            markers.append(
                ChartMarker(
                    label: NumberFormatting.value(interval.low), value: interval.low, role: .bound,
                    id: "marker-lower-bound"))
            markers.append(
                ChartMarker(
                    label: NumberFormatting.value(interval.high), value: interval.high, role: .bound,
                    id: "marker-upper-bound"))
        }
        markers.append(.rEqualsOne)
        return HistogramChart(
            title: title, subtitle: subtitle,
            valueAxis: ChartAxis(
                label: "Returns to software R&D, r = λ/β",
                unit: "software doublings per doubling of cumulative research"), draws: draws, drawsLabel: drawsLabel,
            estimateRole: estimateRole, interval: interval, markers: markers)
    }

    /// The chart as a standalone SVG document; deterministic.
    public func svg() -> String {
        let bins = HistogramBins(draws: draws, displayQuantiles: displayQuantiles)
        let adjustedBins = HistogramBins(draws: adjustedDraws, displayQuantiles: displayQuantiles)
        var xValues = markers.map(\.value)
        if let bins { xValues += [bins.displayLower, bins.displayUpper] }
        if let adjustedBins { xValues += [adjustedBins.displayLower, adjustedBins.displayUpper] }
        if let interval { xValues += [interval.low, interval.high] }
        let linearAxis = ChartAxis(
            label: valueAxis.label, unit: valueAxis.unit, scale: .linear, lower: valueAxis.lower, upper: valueAxis.upper
        )
        let xResolved = ResolvedAxis(axis: linearAxis, values: xValues, snap: false, padFraction: 0.03)
        func barHeights(_ bins: HistogramBins?) -> [Double] {
            bins.map { height == .density ? $0.densities : $0.counts.map(Double.init) } ?? []
        }
        let heights = barHeights(bins)
        let adjustedHeights = barHeights(adjustedBins)
        let tallest = (heights + adjustedHeights).max() ?? 1
        let yAxis = ChartAxis(
            label: height == .density ? "Density" : "Draws per bin",
            unit: height == .density ? "share of draws per unit of x" : nil)

        var allNotes = notes
        if let bins {
            let outside = bins.belowDisplayCount + bins.aboveDisplayCount
            let low = NumberFormatting.value(bins.displayQuantiles.lowerBound * 100)
            let high = NumberFormatting.value(bins.displayQuantiles.upperBound * 100)
            if outside > 0 {
                allNotes.append(
                    "Bars cover the \(low)%–\(high)% quantile range [\(NumberFormatting.value(bins.displayLower)), \(NumberFormatting.value(bins.displayUpper))]; \(outside) of \(bins.finiteCount) draws lie outside and are not shown."
                )
            }
            let ruleText: String
            switch bins.rule {
            case .freedmanDiaconis: ruleText = "Freedman–Diaconis"
            case .sturges: ruleText = "Sturges (IQR = 0)"
            case .single: ruleText = "one bin (all draws equal)"
            }
            allNotes.append(
                "\(bins.counts.count) bins of width \(NumberFormatting.value(bins.edges[1] - bins.edges[0])) (\(ruleText))\(height == .density ? "; density over all \(bins.finiteCount) finite draws" : "")."
            )
            if bins.nonFiniteCount > 0 {
                allNotes.append(
                    "\(bins.nonFiniteCount) non-finite draw\(bins.nonFiniteCount == 1 ? "" : "s") (failed or undefined) not shown."
                )
            }
        } else {
            allNotes.append("No finite draws to show.")
        }
        if let adjustedBins {
            let outside = adjustedBins.belowDisplayCount + adjustedBins.aboveDisplayCount
            allNotes.append(
                "\(adjustedDrawsLabel): \(adjustedBins.counts.count) bins of width \(NumberFormatting.value(adjustedBins.edges[1] - adjustedBins.edges[0]))\(outside > 0 ? "; \(outside) of \(adjustedBins.finiteCount) draws outside the same quantile range not shown" : "")."
            )
        }

        var legend: [LegendEntry] = [
            LegendEntry(
                label: bins.map { "\(drawsLabel) (n = \($0.finiteCount))" } ?? drawsLabel, color: ChartPalette.skyBlue,
                swatch: .area(opacity: 0.85))
        ]
        if let adjustedBins {
            legend.append(
                LegendEntry(
                    label: "\(adjustedDrawsLabel) (n = \(adjustedBins.finiteCount))", color: ChartPalette.orange,
                    swatch: .area(opacity: 0.55)))
        }
        if let interval {
            legend.append(LegendEntry(label: interval.label, color: ChartPalette.blue, swatch: .area(opacity: 0.15)))
        }
        // Interval bounds are explained by the shaded interval's entry.
        for marker in markers where !(marker.role == .bound && interval != nil) {
            let style = ChartCanvas.style(of: marker.role)
            let dash: ChartSeries.Dash = style.dash == nil ? .solid : (marker.role == .reference ? .dotted : .dashed)
            let needsRole = marker.role == .estimate && !marker.label.lowercased().contains("estimate")
            legend.append(
                LegendEntry(
                    label: needsRole ? "\(marker.label) (\(estimateRole))" : marker.label, color: style.color,
                    swatch: .line(dash: dash, width: style.width)))
        }

        // Leave headroom above the tallest bar for the marker labels' rows.
        func resolveY(headroom: Double) -> ResolvedAxis {
            ResolvedAxis(
                axis: ChartAxis(label: yAxis.label, unit: yAxis.unit, upper: nil),
                values: [0, tallest / max(1 - headroom, 0.3)], snap: true, includeZero: true)
        }
        func makeLayout(_ y: ResolvedAxis) -> ChartLayout {
            let width = y.ticks.map { TextMetrics.width($0, fontSize: ChartLayout.tickFont) }.max() ?? 0
            return ChartLayout(
                size: size, hasSubtitle: subtitle != nil, leftLabelWidth: width, hasYTitle: true,
                legendLabels: legend.map(\.label), noteCount: allNotes.count)
        }
        var yResolved = resolveY(headroom: 0.05)
        var layout = makeLayout(yResolved)
        let rows = (ChartCanvas.placeMarkerLabels(markers, axis: xResolved, layout: layout).map(\.row).max() ?? -1) + 1
        yResolved = resolveY(headroom: (Double(rows) * ChartCanvas.markerRowHeight + 12) / layout.height)
        layout = makeLayout(yResolved)

        let description =
            "Histogram of \(bins?.finiteCount ?? 0) draws of \(valueAxis.title)"
            + (adjustedBins.map { " and \($0.finiteCount) \(adjustedDrawsLabel.lowercased())" } ?? "")
            + (interval.map {
                "; shaded \($0.label) from \(NumberFormatting.value($0.low)) to \(NumberFormatting.value($0.high))"
            } ?? "")
            + (markers.isEmpty
                ? ""
                : "; markers: "
                    + markers.map { "\($0.label) at \(NumberFormatting.value($0.value))" }.joined(separator: ", "))
            + "."
        var canvas = ChartCanvas(layout: layout, title: title, subtitle: subtitle, description: description)
        canvas.drawXAxis(xResolved, grid: false)
        canvas.drawYAxis(yResolved)
        let f = NumberFormatting.coordinate
        canvas.beginData()
        if let interval, let a = xResolved.fraction(interval.low), let b = xResolved.fraction(interval.high) {
            let x0 = layout.x(max(a, 0))
            let x1 = layout.x(min(b, 1))
            canvas.svg.element(
                "rect",
                [
                    ("id", "interval"), ("class", "interval"), ("x", f(x0)), ("y", f(layout.top)),
                    ("width", f(max(x1 - x0, 0))), ("height", f(layout.height)), ("fill", ChartPalette.blue),
                    ("fill-opacity", "0.15"),
                ])
        }
        if let bins {
            canvas.svg.open(
                "g",
                [
                    ("class", "bars"), ("fill", ChartPalette.skyBlue), ("fill-opacity", "0.85"), ("stroke", "#FFFFFF"),
                    ("stroke-width", "0.6"),
                ])
            for (index, value) in heights.enumerated() where value > 0 {
                guard let a = xResolved.fraction(bins.edges[index]), let b = xResolved.fraction(bins.edges[index + 1]),
                    let top = yResolved.fraction(value)
                else { continue }
                let x0 = layout.x(a)
                let y0 = layout.y(top)
                canvas.svg.element(
                    "rect",
                    [
                        ("class", "bar"), ("x", f(x0)), ("y", f(y0)), ("width", f(layout.x(b) - x0)),
                        ("height", f(layout.bottom - y0)),
                    ])
            }
            canvas.svg.close("g")
        }
        if let adjustedBins {
            canvas.svg.open(
                "g",
                [
                    ("class", "bars-adjusted"), ("id", "adjusted-distribution"), ("fill", ChartPalette.orange),
                    ("fill-opacity", "0.55"), ("stroke", "#FFFFFF"), ("stroke-width", "0.6"),
                ])
            for (index, value) in adjustedHeights.enumerated() where value > 0 {
                guard let a = xResolved.fraction(adjustedBins.edges[index]),
                    let b = xResolved.fraction(adjustedBins.edges[index + 1]), let top = yResolved.fraction(value)
                else { continue }
                let x0 = layout.x(a)
                let y0 = layout.y(top)
                canvas.svg.element(
                    "rect",
                    [
                        ("class", "bar-adjusted"), ("x", f(x0)), ("y", f(y0)), ("width", f(layout.x(b) - x0)),
                        ("height", f(layout.bottom - y0)),
                    ])
            }
            canvas.svg.close("g")
        }
        return canvas.finishDataChart(markers: markers, xAxis: xResolved, legend: legend, notes: allNotes)
    }
}
