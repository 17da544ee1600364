import ArgumentParser
import RDFit

/// Where a data file's `# rdfit:` defaults come from, so that a fault in them (a value that does
/// not parse or is out of range, or a conflict with the command line) is reported at the file's
/// line, naming the option as the file spells it; and the limits that keep a hostile defaults line
/// from stalling the option parser.
extension FileDefaults {
    /// The longest `# rdfit:` line accepted, in bytes.
    static let maximumLineBytes = 4096
    /// The most option tokens accepted over all of a file's `# rdfit:` lines.
    static let maximumTokens = 512

    /// Refuses a defaults line longer than ``maximumLineBytes`` or defaults with more than
    /// ``maximumTokens`` tokens.
    /// - Throws: ``CommandError`` (usage) at `path:line`.
    static func checkLimits(in table: DataTable, path: String) throws {
        var count = 0
        for comment in table.comments where comment.text.hasPrefix(marker) {
            if comment.text.utf8.count > maximumLineBytes {
                throw CommandError(
                    exitCode: CommandError.usage,
                    description:
                        "\(MessageText.path(path)):\(comment.line): the '# rdfit:' line is \(comment.text.utf8.count) bytes long; give at most \(maximumLineBytes) (defaults are a few options, not data)"
                )
            }
            count += comment.text.dropFirst(marker.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).count
            if count > maximumTokens {
                throw CommandError(
                    exitCode: CommandError.usage,
                    description:
                        "\(MessageText.path(path)):\(comment.line): the '# rdfit:' lines hold more than \(maximumTokens) options and values; give a few defaults"
                )
            }
        }
    }

    /// Runs `body`; a ``SpecificationError`` about an option that the file's defaults set and the
    /// command line did not is reported at the option's value in the defaults line
    /// (``valuePosition(of:in:)``), e.g.
    /// `data.csv:3:19: --window (from the file's '# rdfit:' line): goes with --method jones-ols`.
    static func locating<T>(
        _ path: String, table: DataTable, commandLine: EstimateOptions, _ body: () throws -> T
    ) throws -> T {
        do {
            return try body()
        } catch let error as SpecificationError {
            let option = OptionNames.flag(for: error.setting)
            guard !commandLine.sets(option), let position = valuePosition(of: option, in: table) else { throw error }
            throw CommandError(
                exitCode: CommandError.usage,
                description:
                    "\(MessageText.path(path)):\(shown(position)): \(option) (from the file's '# rdfit:' line): \(OptionNames.spelled(error.message))"
            )
        }
    }
}

extension EstimateOptions {
    /// Whether these options set `option` (spelled as on the command line); false for an option
    /// that is not one of them.
    func sets(_ option: String) -> Bool {
        switch option {
        case "--seed": return seed != nil
        case "--format": return format != nil
        default: return request.statedSettings.contains { OptionNames.flag(for: $0) == option }
        }
    }
}
