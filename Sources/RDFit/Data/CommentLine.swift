/// A `#` comment line of a data file, kept so that provenance notes and `# rdfit:` default options
/// travel with the table.
public struct CommentLine: Sendable, Equatable {
    /// 1-based physical line number of the comment in the file.
    public let line: Int
    /// The text after the `#`, with leading and trailing spaces and tabs removed.
    public let text: String

    /// Creates a comment line.
    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}
