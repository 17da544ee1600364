import RDFit

/// A usage error for a first argument that names no subcommand, with the nearest subcommand by
/// edit distance (`rdfit estimat` → "did you mean 'estimate'?").
enum SubcommandSuggestion {
    /// The largest edit distance still suggested: a typo or two, not a different word.
    static func maximumDistance(for word: String) -> Int { word.count <= 4 ? 1 : 2 }

    /// The error for `arguments`, or nil when the first argument is an option, a subcommand or
    /// `help` (ArgumentParser's own `rdfit help estimate`).
    static func error(for arguments: [String], subcommands: [String]) -> CommandError? {
        guard let word = arguments.first, !word.hasPrefix("-"), !subcommands.contains(word), word != "help" else {
            return nil
        }
        let quoted = MessageText.quoted(word)
        if let nearest = nearest(to: word, in: subcommands) {
            return CommandError(
                exitCode: CommandError.usage,
                description: "unknown subcommand \(quoted); did you mean '\(nearest)'? see 'rdfit --help'")
        }
        return CommandError(
            exitCode: CommandError.usage,
            description:
                "unknown subcommand \(quoted); choose \(subcommands.joined(separator: ", ")); see 'rdfit --help'")
    }

    /// The candidate nearest to `word` (case-insensitive edit distance, or a unique prefix of at
    /// least three letters), if it is near enough.
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let prefixed = candidates.filter { lowered.count >= 3 && $0.hasPrefix(lowered) }
        if prefixed.count == 1 { return prefixed[0] }
        let scored = candidates.map { (candidate: $0, distance: editDistance(lowered, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }),
            best.distance <= maximumDistance(for: lowered),
            scored.filter({ $0.distance == best.distance }).count == 1
        else { return nil }
        return best.candidate
    }

    /// Levenshtein distance (insertions, deletions, substitutions), with an adjacent
    /// transposition counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
