import RDFit

/// The one-line summary `rdfit reproduce` writes to standard error when rows miss their
/// tolerance, naming each failing row by its table and label, so that a script (or CI log)
/// shows what failed without reading the table.
enum ReproductionMisses {
    /// The most rows named; the rest are counted.
    static let maximumNamed = 8

    /// Each failing row as `table-id label`, in table order.
    static func failingRows(_ tables: [ReproductionTable]) -> [String] {
        tables.flatMap { table in table.rows.filter { $0.status == .fail }.map { "\(table.id) \($0.label)" } }
    }

    /// `rdfit: 2 rows outside tolerance: table4-endpoint …; table4-endpoint …`, or nil when every
    /// compared row passes.
    static func message(_ tables: [ReproductionTable]) -> String? {
        let failing = failingRows(tables)
        guard !failing.isEmpty else { return nil }
        var named = failing.prefix(maximumNamed).joined(separator: "; ")
        if failing.count > maximumNamed { named += "; and \(failing.count - maximumNamed) more" }
        let rows = failing.count == 1 ? "1 row" : "\(failing.count) rows"
        return "rdfit: \(rows) outside tolerance: \(MessageText.escaped(named))"
    }
}
