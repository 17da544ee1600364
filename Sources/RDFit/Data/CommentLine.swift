/// A `#` comment line of a data file, kept so that provenance notes and `# rdfit:` default options
/// travel with the table.
public struct CommentLine: Sendable, Equatable {
    /// 1-based physical line number of the comment in the file.
    public let line: Int
    /// The text after the `#`, with leading and trailing spaces and tabs removed.
    public let text: String
    /// 1-based column (in characters) of the physical line at which ``text`` starts, so that a
    /// fault in a `# rdfit:` line can be located at its value: 3 for `# text`, 2 for `#text`.
    public let column: Int

    /// Creates a comment line.
    /// - Parameters:
    ///   - line: the 1-based physical line.
    ///   - text: the text after the `#`, trimmed of spaces and tabs.
    ///   - column: the 1-based column at which `text` starts (3: after `# `).
    public init(line: Int, text: String, column: Int = 3) {
        self.line = line
        self.text = text
        self.column = column
    }
}
