import RDFit

/// Reads draws of r for `--r-draws FILE.csv` (``ReturnsSource/draws(in:)``): a header `r`, one
/// draw per line, `#` comment lines allowed; the format `estimate --save-draws` writes
/// (`DrawsTable`). `-` reads standard input, and errors then name `<stdin>`.
enum DrawsFile {
    static func read(_ file: String) throws -> [Double] {
        let bytes = try InputFile.read(file)
        return try CommandError.locating(InputFile.displayName(file)) {
            try ReturnsSource.draws(in: try TextTable.parse(bytes: bytes))
        }
    }
}
