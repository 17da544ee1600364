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

/// Renders a ``SensitivityReport`` as a terminal table, Markdown, CSV or JSON.
package enum SensitivityRenderer {
    package static func render(_ report: SensitivityReport, format: ReportFormat) throws -> String {
        switch format {
        case .json: return try EstimateRenderer.json(report)
        case .table: return text(report)
        case .markdown: return markdown(report)
        case .csv: return csv(report)
        }
    }

    private static func interval(_ p: SensitivityReport.Point) -> String {
        "\(NumberFormatting.significant(p.lower)) – \(NumberFormatting.significant(p.upper))"
    }

    private static func pointRows(_ a: SensitivityReport.Assumption, level: Double) -> [[String]] {
        var rows = [
            [
                a.name + (a.unit.map { " (\($0))" } ?? ""), "r", "median r",
                "\(NumberFormatting.percent(level)) interval", "P(r > 1)",
            ]
        ]
        for p in a.points {
            rows.append([
                p.label ?? NumberFormatting.setting(p.value), NumberFormatting.significant(p.estimate),
                NumberFormatting.significant(p.median),
                interval(p), NumberFormatting.probability(p.probabilityAboveOne),
            ])
        }
        return rows
    }

    private static func tornadoRows(_ r: SensitivityReport) -> [[String]] {
        var rows = [["assumption", "low setting", "median r", "high setting", "median r ", "swing"]]
        for t in r.tornado {
            rows.append([
                t.name, t.lowSetting, NumberFormatting.significant(t.medianAtLow), t.highSetting,
                NumberFormatting.significant(t.medianAtHigh), NumberFormatting.significant(t.width),
            ])
        }
        return rows
    }

    private static func gridRows(_ g: SensitivityReport.Grid) -> [[String]] {
        var rows = [[g.rows + " \\ " + g.columns] + g.columnValues.map { NumberFormatting.setting($0) }]
        for (i, value) in g.rowValues.enumerated() {
            rows.append(
                [NumberFormatting.setting(value)]
                    + g.median[i].indices.map { j in
                        "\(NumberFormatting.significant(g.median[i][j])) [\(NumberFormatting.probability(g.probabilityAboveOne[i][j]))]"
                    })
        }
        return rows
    }

    private static func header(_ r: SensitivityReport) -> String {
        let growth = r.growthMethod.map { ", \($0) growth" } ?? ""
        let draws = r.method.hasPrefix("bayes") ? "posterior draws" : r.method == "mle" ? "draws" : "replicates"
        return
            "[\(r.method)\(growth); \(r.replicates) \(draws), \(r.intervalMethod) intervals, seed \(r.seed)\(r.seedWasDrawn ? " (drawn)" : "")]"
    }

    private static func baselineLine(_ r: SensitivityReport) -> String {
        let b = r.baseline
        let adjusted = r.adjustments.isEmpty ? "" : " (after \(r.adjustments.joined(separator: ", ")))"
        return
            "baseline\(adjusted): r = \(NumberFormatting.significant(b.estimate)), median \(NumberFormatting.significant(b.median)), \(NumberFormatting.percent(b.level)) interval \(interval(b)), P(r > 1) = \(NumberFormatting.probability(b.probabilityAboveOne))"
    }

    package static func text(_ r: SensitivityReport) -> String {
        var lines = ["rdfit sensitivity \(r.file)  \(header(r))", "", "  " + baselineLine(r)]
        for a in r.assumptions {
            lines.append("")
            lines.append(
                a.low != nil
                    ? "  \(a.name) from \(NumberFormatting.setting(a.low)) to \(NumberFormatting.setting(a.high))\(a.unit.map { " (\($0))" } ?? ""), all else at baseline:"
                    : "  \(a.name), all else at baseline:")
            lines.append(NumberFormatting.table(pointRows(a, level: r.baseline.level), indent: "    "))
            if !a.breakEven.isEmpty {
                lines.append("    break-even (root finding on the seeded estimator):")
                for b in a.breakEven { lines.append("      \(b.message)") }
            }
        }
        if let g = r.grid {
            lines.append("")
            lines.append("  median r [P(r > 1)] over \(g.rows) (rows) × \(g.columns) (columns):")
            lines.append(NumberFormatting.table(gridRows(g), indent: "    "))
        }
        if !r.tornado.isEmpty {
            lines.append("")
            lines.append("  tornado (median r at each end of each range, others at baseline; widest first):")
            lines.append(NumberFormatting.table(tornadoRows(r), indent: "    "))
        }
        if !r.notes.isEmpty {
            lines.append("")
            for d in r.notes { lines.append("  \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    package static func markdown(_ r: SensitivityReport) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        func table(_ rows: [[String]]) -> [String] {
            [row(rows[0]), row(rows[0].map { _ in "---" })] + rows.dropFirst().map(row)
        }
        var lines = ["### rdfit sensitivity `\(r.file)` \(header(r))", "", baselineLine(r) + "."]
        for a in r.assumptions {
            lines += ["", "**\(a.name)**", ""] + table(pointRows(a, level: r.baseline.level))
            if !a.breakEven.isEmpty { lines.append(""); for b in a.breakEven { lines.append("- \(b.message)") } }
        }
        if let g = r.grid {
            lines +=
                ["", "**Median r [P(r > 1)]**, \(g.rows) (rows) × \(g.columns) (columns)", ""] + table(gridRows(g))
        }
        if !r.tornado.isEmpty {
            lines += ["", "**Tornado** (median r, others at baseline)", ""] + table(tornadoRows(r))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Long format: `row,assumption,value,label,estimate,median,lower,upper,probabilityAboveOne,
    /// columnAssumption,columnValue`; rows `baseline`, `point`, `break-even-QUANTITY` (value =
    /// break-even, label = status), `tornado-low`/`tornado-high` (label = setting, median =
    /// median r) and, for a two-way grid, one `grid` row per cell (the row assumption and value,
    /// the column assumption and value, median r and P(r > 1)).
    package static func csv(_ r: SensitivityReport) -> String {
        func number(_ x: Double?) -> String { x.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        func quote(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
        }
        var lines = [
            "row,assumption,value,label,estimate,median,lower,upper,probabilityAboveOne,columnAssumption,columnValue"
        ]
        let b = r.baseline
        lines.append(
            "baseline,,,,\(number(b.estimate)),\(number(b.median)),\(number(b.lower)),\(number(b.upper)),\(number(b.probabilityAboveOne)),,"
        )
        for a in r.assumptions {
            for p in a.points {
                lines.append(
                    "point,\(quote(a.name)),\(number(p.value)),\(quote(p.label ?? "")),\(number(p.estimate)),\(number(p.median)),\(number(p.lower)),\(number(p.upper)),\(number(p.probabilityAboveOne)),,"
                )
            }
            for e in a.breakEven {
                lines.append("break-even-\(e.quantity),\(quote(a.name)),\(number(e.value)),\(e.status),,,,,,,")
            }
        }
        for t in r.tornado {
            lines.append("tornado-low,\(quote(t.name)),,\(quote(t.lowSetting)),,\(number(t.medianAtLow)),,,,,")
            lines.append("tornado-high,\(quote(t.name)),,\(quote(t.highSetting)),,\(number(t.medianAtHigh)),,,,,")
        }
        if let g = r.grid {
            for (i, rowValue) in g.rowValues.enumerated() {
                for (j, columnValue) in g.columnValues.enumerated() {
                    lines.append(
                        "grid,\(quote(g.rows)),\(number(rowValue)),,,\(number(g.median[i][j])),,,\(number(g.probabilityAboveOne[i][j])),\(quote(g.columns)),\(number(columnValue))"
                    )
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
