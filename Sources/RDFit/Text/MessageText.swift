/// User text as it appears inside a message: on one line, with control and invisible characters
/// shown as `\u{…}` (a U+FEFF or no-break space in a header name is then visible), and quoted
/// values cut to ``maximumQuotedCharacters`` with an ellipsis (a 100 KB token is not echoed whole).
public enum MessageText {
    /// The longest quoted value, in characters as printed, ellipsis included.
    public static let maximumQuotedCharacters = 60

    /// `text` in single quotes, escaped and shortened: `'pa\u{A}pers'`, `'xxxx…'`.
    public static func quoted(_ text: String) -> String {
        "'" + escaped(text, limit: maximumQuotedCharacters) + "'"
    }

    /// `text` escaped and, with a `limit`, cut to that many characters (the last one an ellipsis).
    public static func escaped(_ text: String, limit: Int? = nil) -> String {
        var pieces: [String] = []
        var total = 0
        for scalar in text.unicodeScalars {
            let piece =
                needsEscape(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
            pieces.append(piece)
            total += piece.count
            if let limit, total > limit { break }
        }
        guard let limit, total > limit else { return pieces.joined() }
        var result = ""
        var count = 0
        for piece in pieces {
            guard count + piece.count <= limit - 1 else { break }
            result += piece
            count += piece.count
        }
        return result + "…"
    }

    /// A file path in a message: escaped, not shortened (the whole path is needed to find it).
    public static func path(_ path: String) -> String {
        escaped(path)
    }

    /// Whether `scalar` would break the line or be invisible: controls, format characters
    /// (U+200B, U+FEFF), line and paragraph separators, and every space but U+0020.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .privateUse,
            .unassigned:
            return true
        default: return false
        }
    }
}
