extension String {
    /// The text with every line break and other control character replaced by a space, so that a
    /// message quoting user text (a column name holding a quoted line break, a stray carriage
    /// return) still prints as one line.
    var flattenedToOneLine: String {
        guard
            unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}"
            })
        else {
            return self
        }
        return String(
            String.UnicodeScalarView(
                unicodeScalars.map { scalar -> Unicode.Scalar in
                    scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                        ? " " : scalar
                }))
    }
}
