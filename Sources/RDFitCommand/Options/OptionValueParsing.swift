import RDFit

/// Turns the text of option values into numbers, ranges and weights. Plain functions so that
/// they can be tested without running a command.
enum OptionValueParsing {
    /// A number, or an arithmetic expression such as `2^(120/9)` (``NumericValue``).
    static func number(_ text: String, setting: Setting) throws -> Double {
        do {
            return try NumericValue(parsing: text).value
        } catch let error as NumericValue.SyntaxError {
            throw SpecificationError(setting: setting, message: "\(MessageText.quoted(text)) is \(error.description)")
        }
    }

    /// `LO:HI` with LO < HI (``NumericRange``).
    static func range(_ text: String, setting: Setting) throws -> (low: Double, high: Double) {
        do {
            let range = try NumericRange(parsing: text)
            return (range.low, range.high)
        } catch let error as NumericValue.SyntaxError {
            throw SpecificationError(setting: setting, message: error.description)
        }
    }

    /// A weight: `VALUE`, `LO:HI` (uniform) or `LO:MODE:HI` (triangular) (``NumericDistribution``).
    static func weight(_ text: String, setting: Setting, name: String) throws -> InputWeight {
        let weight: InputWeight
        do {
            weight = try NumericDistribution(parsing: text).weight
        } catch let error as NumericValue.SyntaxError {
            throw SpecificationError(setting: setting, message: error.description)
        }
        try weight.validate(setting: setting, name: name)
        return weight
    }

    /// `NAME=VALUE` split at the first `=`.
    static func assignment(_ text: String, setting: Setting, example: String) throws -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex,
            text.index(after: equals) != text.endIndex
        else {
            throw SpecificationError(
                setting: setting, message: "\(MessageText.quoted(text)) is not of the form NAME=VALUE, e.g. \(example)")
        }
        return (String(text[..<equals]).trimmingBlanks, String(text[text.index(after: equals)...]).trimmingBlanks)
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
