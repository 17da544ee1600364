import ArgumentParser

/// Parses the option tokens of a data file's `# rdfit:` lines into ``EstimateOptions``, as
/// `EstimateOptions.parse(_:)` does, but as a subcommand of `rdfit`: ArgumentParser then skips its
/// check for a completion-script request, which only a command line can make and which builds two
/// more commands' argument sets (about 2% of a short run's CPU, issue 13). Tokens that do not parse
/// are parsed again by `EstimateOptions.parse(_:)`, so every error and its message are that one's.
struct FileDefaultsParse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "file-defaults", _superCommandName: "rdfit")

    @OptionGroup var options: EstimateOptions

    /// The options the tokens give.
    /// - Throws: `EstimateOptions.parse(_:)`'s error for tokens that do not parse.
    static func options(from tokens: [String]) throws -> EstimateOptions {
        if let parsed = try? parseAsRoot(tokens) as? FileDefaultsParse { return parsed.options }
        return try EstimateOptions.parse(tokens)
    }
}
