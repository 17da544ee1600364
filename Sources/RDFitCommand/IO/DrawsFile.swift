import RDFit

/// Reads draws of r for `--r-draws FILE.csv`: a header `r` (other columns ignored), one draw
/// per line, `#` comment lines allowed; the format `estimate --save-draws` writes (`DrawsTable`).
/// `-` reads standard input, and errors then name `<stdin>`.
enum DrawsFile {
    static func read(_ file: String) throws -> [Double] {
        let bytes = try InputFile.read(file)
        let path = InputFile.displayName(file)
        let table = try CommandError.locating(path) { try TextTable.parse(bytes: bytes) }
        guard let column = table.header.firstIndex(of: "r") else {
            throw CommandError(
                exitCode: CommandError.data,
                description: "\(path): no column r; the first line must be a header naming the column r of draws")
        }
        var draws: [Double] = []
        draws.reserveCapacity(table.rows.count)
        for (index, row) in table.rows.enumerated() {
            let cell = column < row.count ? row[column].trimmingBlanks : ""
            guard let value = Double(cell), value.isFinite else {
                throw CommandError(
                    exitCode: CommandError.data,
                    description:
                        "\(path):\(table.rowLines[index]): \(MessageText.quoted(cell)) is not a finite number of r")
            }
            draws.append(value)
        }
        guard !draws.isEmpty else {
            throw CommandError(exitCode: CommandError.data, description: "\(path): no draws of r below the header")
        }
        return draws
    }
}
