import RDFit

/// The vertical markers of an x-y chart and the placement of their labels.
extension ChartCanvas {
    /// Vertical marker lines with labels staggered in rows near the top of the plot so that
    /// neighbouring labels never overlap; each line is `<g class="marker" id="…">`.
    mutating func drawMarkers(_ markers: [ChartMarker], on axis: ResolvedAxis) {
        let placed = Self.placeMarkerLabels(markers, axis: axis, layout: layout)
        guard !placed.isEmpty else { return }
        svg.open("g", [("class", "markers")])
        for item in placed {
            let marker = item.marker
            let style = Self.style(of: marker.role)
            svg.open("g", [("class", "marker marker-\(marker.role.rawValue)"), ("id", marker.id)])
            var line: SVGBuilder.Attributes = [
                ("x1", f(item.x)), ("y1", f(layout.top)), ("x2", f(item.x)), ("y2", f(layout.bottom)),
                ("stroke", style.color), ("stroke-width", f(style.width)),
            ]
            if let dash = style.dash { line.append(("stroke-dasharray", dash)) }
            svg.element("line", line)
            if let text = item.text {
                svg.element(
                    "text",
                    [
                        ("class", "marker-label"), ("x", f(item.labelX)), ("y", f(item.labelY)),
                        ("text-anchor", item.anchor), ("font-size", f(Self.markerFont)),
                        ("font-weight", marker.role == .threshold ? "bold" : "normal"), ("fill", style.color),
                        ("stroke", "#FFFFFF"), ("stroke-width", "3"), ("stroke-linejoin", "round"),
                        ("paint-order", "stroke"),
                    ], text: text)
            }
            svg.close("g")
        }
        svg.close("g")
    }

    /// The font size of marker labels.
    static let markerFont = 11.5
    /// The vertical distance between rows of marker labels.
    static let markerRowHeight = 15.0

    struct PlacedMarker {
        let marker: ChartMarker
        /// The label as drawn (shortened to the plot's width when it is wider), or nil when it
        /// found no row.
        let text: String?
        let x: Double
        let labelX: Double
        let labelY: Double
        let anchor: String
        let row: Int
    }

    /// Greedy row assignment: markers left to right, each label in the first row where it clears
    /// the previous label by 6 px; labels that would cross the right edge are right-aligned, and
    /// a label wider than the plot is shortened. Rows stop 20 px above the plot's bottom: a label
    /// that finds no row there is not drawn (its line is, and the chart's description names it).
    static func placeMarkerLabels(_ markers: [ChartMarker], axis: ResolvedAxis, layout: ChartLayout) -> [PlacedMarker] {
        let visible = markers.enumerated().compactMap { index, marker -> (Int, ChartMarker, Double)? in
            guard let fraction = axis.fraction(marker.value), fraction >= -1e-9, fraction <= 1 + 1e-9 else {
                return nil
            }
            return (index, marker, layout.x(fraction))
        }.sorted { ($0.2, $0.0) < ($1.2, $1.0) }
        var rowEnds: [Double] = []
        var result: [PlacedMarker] = []
        let maximumRows = max(1, Int((layout.height - 20 - 14) / markerRowHeight) + 1)
        for (_, marker, x) in visible {
            let bold = marker.role == .threshold
            let text = TextMetrics.truncate(marker.label, toWidth: layout.width - 8, fontSize: markerFont, bold: bold)
            let width = TextMetrics.width(text, fontSize: markerFont, bold: bold)
            var start = x + 4
            var anchor = "start"
            if start + width > layout.right - 2 {
                start = x - 4 - width
                anchor = "end"
            }
            start = max(start, layout.left + 2)
            let row = rowEnds.firstIndex { $0 + 6 < start } ?? rowEnds.count
            guard row < maximumRows else {
                result.append(
                    PlacedMarker(marker: marker, text: nil, x: x, labelX: x, labelY: 0, anchor: anchor, row: -1))
                continue
            }
            if row == rowEnds.count { rowEnds.append(start + width) } else { rowEnds[row] = start + width }
            let labelX = anchor == "start" ? start : start + width
            result.append(
                PlacedMarker(
                    marker: marker, text: text, x: x, labelX: labelX,
                    labelY: layout.top + 14 + Double(row) * markerRowHeight, anchor: anchor,
                    row: row))
        }
        return result
    }

    static func style(of role: ChartMarker.Role) -> (color: String, width: Double, dash: String?) {
        switch role {
        case .estimate: return (ChartPalette.black, 2, nil)
        case .bound: return (ChartPalette.blue, 1.5, "6 3")
        case .threshold: return (ChartPalette.vermillion, 2.5, "10 4")
        case .reference: return (ChartPalette.grey, 1.5, "2 3")
        }
    }
}
