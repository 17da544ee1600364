import ArgumentParser
import RDFit

/// An option value `V`, `LO:HI` or `LO:MODE:HI`, each part a ``NumericValue``: a fixed value, a
/// uniform range or a triangular one. Bounds are checked where the value is used (the library
/// names the setting); the original text is kept for messages.
struct NumericDistribution: ParsedOptionValue, Hashable {
    /// The text as given.
    let text: String
    /// One, two or three numbers.
    let values: [Double]

    /// A value already parsed: `text` and its one, two or three numbers.
    init(text: String, values: [Double]) {
        self.text = text
        self.values = values
    }

    /// The value as an input weight: fixed, uniform or triangular.
    var weight: InputWeight {
        switch values.count {
        case 1: return .fixed(values[0])
        case 2: return .uniform(low: values[0], high: values[1])
        default: return .triangular(low: values[0], mode: values[1], high: values[2])
        }
    }

    /// The single number, or nil for a range.
    var single: Double? { values.count == 1 ? values[0] : nil }
}

extension NumericDistribution {
    /// Parses `text`.
    /// - Throws: ``NumericValue/SyntaxError`` for more than three parts or a part that is not a number.
    init(parsing text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 3 else {
            throw NumericValue.SyntaxError(
                description:
                    "\(MessageText.quoted(text)) is not a value; write V, LO:HI or LO:MODE:HI, e.g. 0.59:0.67:0.75")
        }
        let values = try parts.map(NumericValue.part)
        self.init(text: text, values: values)
    }
}

/// An option value `NAME=V`, `NAME=LO:HI` or `NAME=LO:MODE:HI` (the adjustments' `COL=W`,
/// `COL=S` and `NAME=X`), split at the first `=`.
struct NamedDistribution: Hashable, Sendable, CustomStringConvertible {
    /// The text as given.
    let text: String
    /// The name before `=`, blanks trimmed.
    let name: String
    /// The value after it.
    let value: NumericDistribution

    var description: String { text }

    /// Parses `text`; `example` completes the message for a text without `NAME=`.
    /// - Throws: ``NumericValue/SyntaxError``.
    init(parsing text: String, example: String) throws {
        let assignment = try Self.assignment(text, example: example)
        self.text = text
        name = assignment.name
        value = try NumericDistribution(parsing: assignment.value)
    }

    /// `NAME=VALUE` split at the first `=`, blanks trimmed.
    typealias Assignment = (name: String, value: String)

    /// Splits `text` at its first `=`; `example` completes the message for a text without `NAME=`.
    /// - Throws: ``NumericValue/SyntaxError``.
    static func assignment(_ text: String, example: String) throws -> Assignment {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex,
            text.index(after: equals) != text.endIndex
        else {
            throw NumericValue.SyntaxError(
                description: "\(MessageText.quoted(text)) is not of the form NAME=VALUE, e.g. \(example)")
        }
        return (String(text[..<equals]).trimmingBlanks, String(text[text.index(after: equals)...]).trimmingBlanks)
    }

    /// The parser `@Option(transform:)` takes for an option whose example is `example`.
    static func parser(example: String) -> @Sendable (String) throws -> NamedDistribution {
        { try NamedDistribution(parsing: $0, example: example) }
    }
}
