/// Writes an output file (a plot) atomically and safely: see ``SafeFileWriter``. Any failure is a
/// one-line ``CommandError`` with exit status 73 (`EX_CANTCREAT`).
enum OutputFile {
    /// Writes `text` to `path`, refusing to overwrite `input`.
    static func write(_ text: String, to path: String, input: String? = nil) throws {
        try SafeFileWriter.write(text, to: path, input: input)
    }
}
