import ArgumentParser
import RDFit

/// An option value parsed from its text (a number, a range, `NAME=LO:HI`, …), which it keeps for
/// messages. Through ``parse`` (`@Option(transform:)`) a value that does not parse is refused with
/// the reason ``init(parsing:)`` gives; ``init(argument:)`` can only say that it is invalid.
protocol ParsedOptionValue: ExpressibleByArgument, CustomStringConvertible, Sendable {
    /// The text as given.
    var text: String { get }

    /// Parses `text`.
    /// - Throws: ``NumericValue/SyntaxError`` saying why it is not a value.
    init(parsing text: String) throws
}

extension ParsedOptionValue {
    init?(argument: String) { try? self.init(parsing: argument) }

    var description: String { text }

    /// The parser `@Option(transform:)` takes.
    static var parse: @Sendable (String) throws -> Self { { try Self(parsing: $0) } }
}

extension NumericValue {
    /// The number that `part` of a compound value (`LO` of `LO:HI`) holds.
    /// - Throws: ``SyntaxError`` quoting the part.
    static func part(_ part: String) throws -> Double {
        do {
            return try NumericValue(parsing: part).value
        } catch let error as SyntaxError {
            throw SyntaxError(description: "\(MessageText.quoted(part)) is \(error.description)")
        }
    }
}
