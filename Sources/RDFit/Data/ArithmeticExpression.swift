#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Evaluates a small arithmetic expression such as `2^(120/9)`, the form in which published output
/// factors are written and in which users may type them on the command line.
///
/// Grammar: numbers (`12`, `0.5`, `.5`, `1.2e3`), binary `+ - * /`, `^` for powers
/// (right-associative: `2^3^2` = 2^9), unary `+` and `-` (binding more loosely than `^`, so
/// `-2^2` = −4 and `2^-1` = 0.5), parentheses, and blanks anywhere between tokens. The Unicode
/// minus `−`, `×` and `÷` are accepted as `-`, `*` and `/`.
package enum ArithmeticExpression {
    /// A syntax error, or a value that is not finite, at a 1-based character position.
    package struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The expression as given.
        package let expression: String
        /// 1-based position (in characters) where the problem is.
        package let position: Int
        /// What is wrong.
        package let message: String

        /// Creates an error.
        package init(expression: String, position: Int, message: String) {
            self.expression = expression
            self.position = position
            self.message = message
        }

        /// `in '2^(120/9': at character 9, expected ')'`.
        package var description: String { "in '\(expression)': at character \(position), \(message)" }
    }

    /// The value of `text`.
    /// - Throws: ``SyntaxError`` naming the character position of the first problem: an unexpected
    ///   or missing token, an unclosed parenthesis, division by zero or a non-finite result.
    package static func evaluate(_ text: String) throws -> Double {
        var parser = Parser(text: text)
        parser.skipBlanks()
        if parser.atEnd { throw parser.error("expected a number; the expression is empty") }
        let value = try parser.sum()
        parser.skipBlanks()
        guard parser.atEnd else {
            throw parser.error(
                "unexpected '\(parser.characters[parser.index])'; expected an operator (+ - * / ^) or the end")
        }
        guard value.isFinite else {
            throw SyntaxError(
                expression: text, position: 1, message: "the value is not finite (overflow); check the expression")
        }
        return value
    }

    /// The deepest nesting of parentheses and unary or power operators accepted, so that a
    /// hostile value (thousands of `(`) is an error instead of a stack overflow.
    public static let maximumDepth = 100

    private struct Parser {
        let text: String
        let characters: [Character]
        var index = 0
        var depth = 0

        init(text: String) {
            self.text = text
            self.characters = Array(text)
        }

        var atEnd: Bool { index >= characters.count }

        func error(_ message: String, at position: Int? = nil) -> SyntaxError {
            SyntaxError(expression: text, position: (position ?? index) + 1, message: message)
        }

        mutating func skipBlanks() {
            while !atEnd && characters[index].isWhitespace { index += 1 }
        }

        /// The next operator, normalised to ASCII, without consuming it.
        mutating func peekOperator() -> Character? {
            skipBlanks()
            guard !atEnd else { return nil }
            switch characters[index] {
            case "−": return "-"
            case "×": return "*"
            case "÷": return "/"
            case let c where "+-*/^()".contains(c): return c
            default: return nil
            }
        }

        mutating func sum() throws -> Double {
            var value = try product()
            while let op = peekOperator(), op == "+" || op == "-" {
                index += 1
                let rhs = try product()
                value = op == "+" ? value + rhs : value - rhs
            }
            return value
        }

        mutating func product() throws -> Double {
            var value = try unary()
            while let op = peekOperator(), op == "*" || op == "/" {
                let position = index
                index += 1
                let rhs = try unary()
                if op == "/" && rhs == 0 { throw error("division by zero", at: position) }
                value = op == "*" ? value * rhs : value / rhs
            }
            return value
        }

        mutating func unary() throws -> Double {
            depth += 1
            defer { depth -= 1 }
            guard depth <= ArithmeticExpression.maximumDepth else {
                throw error(
                    "the expression nests more than \(ArithmeticExpression.maximumDepth) deep (parentheses, signs or powers); simplify it"
                )
            }
            if let op = peekOperator(), op == "-" || op == "+" {
                index += 1
                let operand = try unary()
                return op == "-" ? -operand : operand
            }
            return try power()
        }

        mutating func power() throws -> Double {
            let base = try primary()
            if let op = peekOperator(), op == "^" {
                let position = index
                index += 1
                let exponent = try unary()
                let value = pow(base, exponent)
                if value.isNaN { throw error("\(base)^\(exponent) is not a real number", at: position) }
                return value
            }
            return base
        }

        mutating func primary() throws -> Double {
            skipBlanks()
            guard !atEnd else { throw error("expected a number or '(' but the expression ends") }
            if characters[index] == "(" {
                let open = index
                index += 1
                let value = try sum()
                guard peekOperator() == ")" else {
                    if atEnd { throw error("the '(' at character \(open + 1) is never closed; add ')'") }
                    throw error("expected ')' to close the '(' at character \(open + 1), found '\(characters[index])'")
                }
                index += 1
                return value
            }
            return try number()
        }

        mutating func number() throws -> Double {
            let start = index
            func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
            var sawDigit = false
            while !atEnd && isDigit(characters[index]) { index += 1; sawDigit = true }
            if !atEnd && characters[index] == "." {
                index += 1
                while !atEnd && isDigit(characters[index]) { index += 1; sawDigit = true }
            }
            guard sawDigit else {
                index = start
                throw error("expected a number or '(', found '\(characters[start])'")
            }
            if !atEnd && (characters[index] == "e" || characters[index] == "E") {
                var k = index + 1
                if k < characters.count && (characters[k] == "+" || characters[k] == "-") { k += 1 }
                if k < characters.count && isDigit(characters[k]) {
                    index = k
                    while !atEnd && isDigit(characters[index]) { index += 1 }
                }
            }
            guard let value = Double(String(characters[start..<index])) else {
                throw error("'\(String(characters[start..<index]))' is not a number", at: start)
            }
            return value
        }
    }
}
