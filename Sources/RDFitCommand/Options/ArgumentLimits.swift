import RDFit

/// Limits on the command line itself. ArgumentParser's parse time grows with the square of the
/// number of arguments (measured: 2,000 arguments take 4 s in a debug build, 8,000 a minute), so
/// a generated command line is refused before parsing instead of stalling the tool.
enum ArgumentLimits {
    /// The most arguments accepted (a realistic run has a few dozen).
    static let maximumArguments = 1000

    /// An error for too many arguments, or nil.
    static func check(_ arguments: [String]) -> CommandError? {
        guard arguments.count > maximumArguments else { return nil }
        return CommandError(
            exitCode: CommandError.usage,
            description:
                "the command line has \(arguments.count) arguments; give at most \(maximumArguments); a realistic run needs a few dozen"
        )
    }

    /// `message` (an ArgumentParser error) with every quoted argument that is long or holds
    /// control or invisible characters escaped and shortened, so that a 100 KB token is not
    /// echoed whole.
    static func shortened(_ message: String, arguments: [String]) -> String {
        var result = message
        for argument in Set(arguments) where result.contains(argument) {
            let quoted = MessageText.quoted(argument)
            guard quoted != "'\(argument)'" else { continue }
            result = result.replacing("'\(argument)'", with: quoted)
        }
        return result
    }
}
