import RDFit

/// The text formats every report renders to.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned plain-text tables for a terminal.
    case table
    /// Pretty-printed JSON with sorted keys and `null` for undefined numbers.
    case json
    /// `key,value` rows.
    case csv
    /// GitHub-flavoured Markdown.
    case markdown
}
