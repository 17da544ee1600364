import RDFit

/// Turns the text of option values into ranges. Plain functions so that they can be tested
/// without running a command.
enum OptionValueParsing {
    /// `LO:HI` with LO < HI (``NumericRange``).
    static func range(_ text: String, setting: Setting) throws -> (low: Double, high: Double) {
        do {
            let range = try NumericRange(parsing: text)
            return (range.low, range.high)
        } catch let error as NumericValue.SyntaxError {
            throw SpecificationError(setting: setting, message: error.description)
        }
    }
}

extension String {
    var trimmingBlanks: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
