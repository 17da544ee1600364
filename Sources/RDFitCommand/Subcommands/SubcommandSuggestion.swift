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
    /// transposition counted as one edit (``NearestName/editDistance(_:_:)``).
    static func editDistance(_ a: String, _ b: String) -> Int { NearestName.editDistance(Array(a), Array(b)) }
}
