import ArgumentParser
import RDFit

/// A data file's own default options: comment lines of the form `# rdfit: OPTIONS`, e.g.
/// `# rdfit: --growth-factor 2^(120/9) --over 10 --growth endpoints`. Options on the command line
/// override them (the output-growth options as a group).
enum FileDefaults {
    /// The marker that starts a defaults comment.
    static let marker = "rdfit:"

    /// The option tokens of every defaults line, in file order (``positionedTokens(in:)``), with
    /// the first line's number.
    static func tokens(in table: DataTable) -> (tokens: [String], line: Int?) {
        let first = table.comments.first { $0.text.hasPrefix(marker) }
        return (positionedTokens(in: table).flatMap { $0.map(\.text) }, first?.line)
    }

    /// The defaults as options.
    /// - Throws: ``CommandError`` (usage) naming `path` and the line when the line does not parse.
    static func options(in table: DataTable, path: String) throws -> EstimateOptions {
        try checkLimits(in: table, path: path)
        let (tokens, line) = tokens(in: table)
        guard !tokens.isEmpty else { return try FileDefaultsParse.options(from: []) }
        do {
            return try FileDefaultsParse.options(from: tokens)
        } catch {
            let message = ArgumentLimits.shortened(
                EstimateOptions.message(for: error).split(separator: "\n").first.map {
                    NumericValue.optionMessage(String($0))
                }
                    ?? "unreadable options", arguments: tokens)
            throw CommandError(
                exitCode: CommandError.usage,
                description:
                    "\(MessageText.path(path)):\(failingPosition(in: table).map(shown) ?? "\(line ?? 0)"): the file's '# rdfit:' defaults do not parse: \(message)"
            )
        }
    }

    /// The command line's options over the file's defaults (``EstimateOptions/merged(over:)``).
    /// An output interval (`--interval`, `--interval-level`) bounds the output option given with it,
    /// so one on a command line that states no output would attach to the file's output, a quantity
    /// the user did not name: that is refused.
    /// - Throws: ``CommandError`` (usage) for that, or for defaults that do not parse.
    static func merged(_ commandLine: EstimateOptions, table: DataTable, path: String) throws -> EstimateOptions {
        let defaults = try options(in: table, path: path)
        func shown(_ value: CustomStringConvertible) -> String { MessageText.escaped(value.description, limit: 40) }
        let intervalOption =
            commandLine.interval.map { "--interval \(shown($0))" }
            ?? commandLine.intervalLevel.map { "--interval-level \(shown($0))" }
        if let intervalOption, !commandLine.statesOutput, defaults.statesOutput {
            let fileOutput =
                [
                    defaults.output.map { "--output \(shown($0))" },
                    defaults.doublingTime.map { "--doubling-time \(shown($0))" },
                    defaults.growthFactor.map { "--growth-factor \(shown($0))" },
                    defaults.growthMultiple.map { "--growth-multiple \(shown($0))" },
                ].compactMap { $0 }.first ?? "an output"
            throw CommandError(
                exitCode: CommandError.usage,
                description:
                    "\(intervalOption): an output interval goes with the output option it bounds, and the command line gives none (\(fileOutput) comes from \(MessageText.path(path))'s '# rdfit:' line); give the output too, e.g. --doubling-time MONTHS --interval LO:HI"
            )
        }
        return commandLine.merged(over: defaults)
    }
}
