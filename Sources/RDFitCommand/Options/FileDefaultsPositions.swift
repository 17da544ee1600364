import ArgumentParser
import RDFit

/// Where each token of a data file's `# rdfit:` lines is (line and character column), so that a
/// faulty value, or an option in conflict, is reported as `file:line:column` at the value itself.
extension FileDefaults {
    /// One token of a defaults line and where it starts in the file.
    struct PositionedToken: Equatable {
        /// The token, e.g. `--window`, `3` or `--window=3`.
        let text: String
        /// 1-based physical line.
        let line: Int
        /// 1-based character column of its first character.
        let column: Int
    }

    /// Line and column of a place in the file.
    struct Position: Equatable {
        /// 1-based physical line.
        let line: Int
        /// 1-based character column.
        let column: Int
    }

    /// Every token of the defaults lines, in file order, with its line and column (tokens are
    /// separated by spaces and tabs, as ``tokens(in:)`` splits them).
    static func positionedTokens(in table: DataTable) -> [[PositionedToken]] {
        table.comments.filter { $0.text.hasPrefix(marker) }.map { comment in
            var result: [PositionedToken] = []
            var current = ""
            var start = 0
            for (offset, character) in comment.text.enumerated().dropFirst(marker.count) {
                if character == " " || character == "\t" {
                    if !current.isEmpty {
                        result.append(
                            PositionedToken(text: current, line: comment.line, column: comment.column + start))
                    }
                    current = ""
                } else {
                    if current.isEmpty { start = offset }
                    current.append(character)
                }
            }
            if !current.isEmpty {
                result.append(PositionedToken(text: current, line: comment.line, column: comment.column + start))
            }
            return result
        }
    }

    /// Where the value of `option` (spelled `--window`) that takes effect is: the last defaults
    /// token setting it (ArgumentParser keeps the last of a repeated option), at the value after
    /// `=` or in the next token, or at the option itself for a flag (`--no-NAME` counts for
    /// `--NAME`); nil when no defaults line sets it.
    static func valuePosition(of option: String, in table: DataTable) -> Position? {
        let tokens = positionedTokens(in: table).flatMap { $0 }
        for (index, token) in tokens.enumerated().reversed() where token.text.hasPrefix("--") {
            let name = String(token.text.prefix { $0 != "=" })
            guard name == option || name == "--no-" + option.dropFirst(2) else { continue }
            return position(ofValueAt: index, in: tokens)
        }
        return nil
    }

    /// Where a defaults line that does not parse goes wrong: within the first line that fails
    /// alone, the first option (with its values) that fails alone, at its value when the message
    /// is about a value and at the option otherwise; the line's first token when no single
    /// option fails; nil when every line parses alone.
    static func failingPosition(in table: DataTable) -> Position? {
        for line in positionedTokens(in: table) {
            guard (try? EstimateOptions.parse(line.map(\.text))) == nil else { continue }
            // An option and the values that follow it, up to the next `--` token.
            var groups: [Range<Int>] = []
            var start = 0
            for index in line.indices.dropFirst() where line[index].text.hasPrefix("--") {
                groups.append(start..<index)
                start = index
            }
            groups.append(start..<line.count)
            for group in groups where !group.isEmpty {
                do {
                    _ = try EstimateOptions.parse(line[group].map(\.text))
                } catch {
                    let aboutValue = EstimateOptions.message(for: error).hasPrefix("The value")
                    if aboutValue && line[group.lowerBound].text.hasPrefix("--") {
                        return position(ofValueAt: group.lowerBound, in: line)
                    }
                    return Position(line: line[group.lowerBound].line, column: line[group.lowerBound].column)
                }
            }
            return line.first.map { Position(line: $0.line, column: $0.column) }
        }
        return nil
    }

    /// `line:column` of `position`, for a message.
    static func shown(_ position: Position) -> String { "\(position.line):\(position.column)" }

    /// The value of the option token at `index`: after its `=`, else the next token unless that
    /// is another option, else the option token itself.
    private static func position(ofValueAt index: Int, in tokens: [PositionedToken]) -> Position {
        let token = tokens[index]
        if let equals = token.text.firstIndex(of: "=") {
            return Position(
                line: token.line,
                column: token.column + token.text.distance(from: token.text.startIndex, to: equals) + 1)
        }
        if index + 1 < tokens.count, tokens[index + 1].line == token.line, !tokens[index + 1].text.hasPrefix("--") {
            return Position(line: token.line, column: tokens[index + 1].column)
        }
        return Position(line: token.line, column: token.column)
    }
}
