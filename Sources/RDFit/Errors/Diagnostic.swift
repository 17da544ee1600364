/// A warning attached to a result that still has an answer: ill-conditioning, failed bootstrap
/// replicates, a small sample, an assumption the user should know about.
///
/// `code` is a typed, stable identifier (``Code``; its raw value is what JSON carries); `message` is one
/// sentence for people.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much the diagnostic matters.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Worth knowing; the result stands.
        case note
        /// The result may be unreliable.
        case warning
    }

    /// What kind of diagnostic this is, e.g. ``Code/rankDeficient``.
    public let code: Code
    /// How much it matters.
    public let severity: Severity
    /// One sentence for people.
    public let message: String

    /// Creates a diagnostic.
    public init(code: Code, severity: Severity = .warning, message: String) {
        self.code = code
        self.severity = severity
        self.message = message.flattenedToOneLine
    }

    public var description: String { "\(severity.rawValue): \(message) [\(code.rawValue)]" }
}
