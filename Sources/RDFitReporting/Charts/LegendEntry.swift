import RDFit

/// One legend row: a swatch drawn like the chart element and its label.
struct LegendEntry {
    enum Swatch {
        case line(dash: ChartSeries.Dash, width: Double)
        case points(MarkerShape)
        case lineAndPoints(dash: ChartSeries.Dash, shape: MarkerShape)
        case area(opacity: Double)
    }

    let label: String
    let color: String
    let swatch: Swatch
}

/// Point shapes, cycled with the colours so series differ by more than hue.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond

    static func at(_ index: Int) -> MarkerShape { allCases[index % allCases.count] }

    /// SVG path data for the shape centred at (x, y) with radius `r`.
    func path(x: Double, y: Double, r: Double) -> String {
        let f = NumberFormatting.coordinate
        switch self {
        case .circle:
            return "M\(f(x - r)),\(f(y))a\(f(r)),\(f(r)) 0 1,0 \(f(2 * r)),0a\(f(r)),\(f(r)) 0 1,0 \(f(-2 * r)),0Z"
        case .square:
            let s = r * 0.9
            return "M\(f(x - s)),\(f(y - s))H\(f(x + s))V\(f(y + s))H\(f(x - s))Z"
        case .triangle:
            return "M\(f(x)),\(f(y - r * 1.15))L\(f(x + r)),\(f(y + r * 0.75))L\(f(x - r)),\(f(y + r * 0.75))Z"
        case .diamond:
            return "M\(f(x)),\(f(y - r * 1.2))L\(f(x + r)),\(f(y))L\(f(x)),\(f(y + r * 1.2))L\(f(x - r)),\(f(y))Z"
        }
    }
}

extension ChartSeries.Dash {
    /// The SVG `stroke-dasharray`, nil for solid.
    var dashArray: String? {
        switch self {
        case .solid: return nil
        case .dashed: return "7 4"
        case .dotted: return "2 3"
        }
    }
}
