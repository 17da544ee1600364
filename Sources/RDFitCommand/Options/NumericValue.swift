import ArgumentParser
import RDFit

/// A number given as an option value: a plain number or arithmetic such as `2^(120/9)`, parsed
/// by the depth-limited expression parser when the command line (or a data file's `# rdfit:`
/// line) is parsed. The original text is kept for messages.
struct NumericValue: ParsedOptionValue, Hashable {
    /// Why a value is not a number, e.g. "not a number: expected a number … at character 3" (the
    /// option's message quotes the value).
    struct SyntaxError: Error, CustomStringConvertible {
        let description: String
    }

    /// The text as given.
    let text: String
    /// Its value.
    let value: Double

    /// Parses `text`.
    /// - Throws: ``SyntaxError`` naming the character where the expression goes wrong.
    init(parsing text: String) throws {
        do {
            value = try ArithmeticExpression.evaluate(text)
        } catch let error as ArithmeticExpression.SyntaxError {
            throw SyntaxError(
                description: "not a number: \(error.message) at character \(error.position)")
        }
        self.text = text
    }
}

/// `LO:HI` with LO < HI, each end a ``NumericValue``; the original text is kept for messages.
struct NumericRange: ParsedOptionValue, Hashable {
    /// The text as given.
    let text: String
    /// The low end.
    let low: Double
    /// The high end.
    let high: Double

    /// Parses `text`.
    /// - Throws: ``NumericValue/SyntaxError`` for a text that is not `LO:HI`, an end that is not a
    ///   number, or LO ≥ HI.
    init(parsing text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw NumericValue.SyntaxError(
                description: "\(MessageText.quoted(text)) is not a range; write LO:HI, e.g. 4:25")
        }
        low = try NumericValue.part(parts[0])
        high = try NumericValue.part(parts[1])
        guard low < high else {
            throw NumericValue.SyntaxError(
                description:
                    "the low end \(PlainNumber.text(low)) is not below the high end \(PlainNumber.text(high)); write LO:HI"
            )
        }
        self.text = text
    }
}

extension NumericValue {
    /// ArgumentParser's message for a typed value it could not parse ("The value '1/' is invalid
    /// for '--doubling-time <MONTHS>': not a number: …") in rdfit's form, the flag first:
    /// "--doubling-time: '1/' is not a number: …". Other messages are returned unchanged.
    static func optionMessage(_ message: String) -> String {
        let prefix = "The value '"
        guard message.hasPrefix(prefix), let forRange = message.firstRange(of: "' is invalid for '--") else {
            return message
        }
        let value = message[message.index(message.startIndex, offsetBy: prefix.count)..<forRange.lowerBound]
        let rest = message[message.index(forRange.upperBound, offsetBy: -2)...]
        guard let close = rest.firstRange(of: "': ") else { return message }
        let flag = rest[..<close.lowerBound].split(separator: " ").first.map(String.init) ?? String(rest)
        let reason = rest[close.upperBound...]
        return reason.hasPrefix("not ") ? "\(flag): '\(value)' is \(reason)" : "\(flag): \(reason)"
    }
}
