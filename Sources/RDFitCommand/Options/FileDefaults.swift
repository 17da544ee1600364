import ArgumentParser
import RDFit

/// A data file's own default options: comment lines of the form `# rdfit: OPTIONS`, e.g.
/// `# rdfit: --growth-factor 2^(120/9) --over 10 --growth endpoints`. Options on the command line
/// override them (the output-growth options as a group).
enum FileDefaults {
    /// The marker that starts a defaults comment.
    static let marker = "rdfit:"

    /// The option tokens of every defaults line, in file order, with the first line's number.
    static func tokens(in table: DataTable) -> (tokens: [String], line: Int?) {
        var tokens: [String] = []
        var firstLine: Int?
        for comment in table.comments where comment.text.hasPrefix(marker) {
            firstLine = firstLine ?? comment.line
            tokens += comment.text.dropFirst(marker.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(
                String.init)
        }
        return (tokens, firstLine)
    }

    /// The defaults as options.
    /// - Throws: ``CommandError`` (usage) naming `path` and the line when the line does not parse.
    static func options(in table: DataTable, path: String) throws -> EstimateOptions {
        let (tokens, line) = tokens(in: table)
        guard !tokens.isEmpty else { return try EstimateOptions.parse([]) }
        do {
            return try EstimateOptions.parse(tokens)
        } catch {
            let message =
                EstimateOptions.message(for: error).split(separator: "\n").first.map(String.init)
                ?? "unreadable options"
            throw CommandError(
                exitCode: CommandError.usage,
                description:
                    "\(path):\(line ?? 0): the file's '# rdfit:' defaults do not parse: \(message)")
        }
    }
}
