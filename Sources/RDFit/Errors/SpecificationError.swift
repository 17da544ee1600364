/// An invalid setting: a level outside (0, 1), an interval with low above high, weights that do not
/// sum to 1, an unknown column. The command-line tool exits with status 64 (`EX_USAGE`) on these.
public struct SpecificationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The setting at fault.
    public let setting: Setting
    /// One sentence: what is wrong and what to do about it.
    public let message: String

    /// Creates a specification error.
    public init(setting: Setting, message: String) {
        self.setting = setting
        self.message = message.flattenedToOneLine
    }

    /// `setting: message`, with the setting's name in the library's vocabulary.
    public var description: String { "\(setting.rawValue): \(message)" }
}
