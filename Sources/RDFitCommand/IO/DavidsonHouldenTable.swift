import RDFit

/// Reads `Data/reference/davidson-houlden-2025-probabilities.csv` (provenance `#` lines, then a
/// header with `run` and the four `p_…` columns in the order of ``ProgressCondition/standard``).
enum DavidsonHouldenTable {
    static let fileName = "davidson-houlden-2025-probabilities.csv"
    static let probabilityColumns = ["p_3y_in_12m", "p_3y_in_4m", "p_10y_in_12m", "p_10y_in_4m"]

    static func rows(_ table: TextTable, path: String) throws -> [DavidsonHouldenPublishedRow] {
        func fail(_ line: Int?, _ message: String) -> CommandError {
            CommandError(exitCode: CommandError.data, description: "\(path)\(line.map { ":\($0)" } ?? ""): \(message)")
        }
        for column in ["run"] + probabilityColumns where !table.header.contains(column) {
            throw fail(nil, "no column \(column)")
        }
        return try table.rows.indices.map { index in
            let line = table.rowLines[index]
            let label = table.value(index, "run") ?? ""
            guard let run = DavidsonHouldenRun(publishedLabel: label) else {
                throw fail(line, "unknown run \(MessageText.quoted(label))")
            }
            let probabilities = try probabilityColumns.map { column -> Double in
                let cell = (table.value(index, column) ?? "").trimmingBlanks
                guard let p = Double(cell) else {
                    throw fail(line, "\(column) \(MessageText.quoted(cell)) is not a number")
                }
                return p
            }
            do {
                return try DavidsonHouldenPublishedRow(run: run, probabilities: probabilities)
            } catch let error as AutomationLoopError {
                throw fail(line, error.description)
            }
        }
    }
}
