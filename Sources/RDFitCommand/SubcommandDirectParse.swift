import ArgumentParser

/// Parses a command line that names a subcommand by parsing that subcommand alone, as its own root,
/// and falls back to the full parse through `rdfit` for anything else.
///
/// Through the root, ArgumentParser builds each subcommand's whole argument set (reflecting over
/// every option, a run-time type lookup each) several times over: for the root's passthrough check,
/// the lenient parse, the all-unrecognised check and the decoding; parsing the subcommand directly
/// skips the root's passes and the tree of the other subcommands (issue 13, about a fifth of the
/// parse). It is used only where the result cannot differ: a command line that parses succeeds the
/// same either way (the root has no options of its own and nothing is passed down from it), and
/// whatever does not parse directly, or might involve a built-in flag (help, version, completion
/// scripts), is parsed again through the root, so errors, help and version output are the root's.
enum SubcommandDirectParse {
    /// Arguments (before any `=`) that the parser may treat as built-in flags.
    static let builtInFlags: Set<String> = [
        "-h", "--help", "-help", "--version", "--generate-completion-script", "--experimental-dump-help",
    ]

    /// The parsed subcommand, or nil when the full parse through the root is needed.
    /// - Parameters:
    ///   - arguments: the command line without the program name.
    ///   - subcommands: the root's subcommands with their names.
    static func parse(
        _ arguments: [String], subcommands: [(name: String, command: ParsableCommand.Type)]
    ) -> ParsableCommand? {
        guard let name = arguments.first, let subcommand = subcommands.first(where: { $0.name == name })?.command
        else { return nil }
        let rest = Array(arguments.dropFirst())
        guard !rest.contains(where: mayBeBuiltIn) else { return nil }
        // A help request comes back as a parsed help command: leave it to the root.
        guard let parsed = try? subcommand.parseAsRoot(rest),
            ObjectIdentifier(type(of: parsed)) == ObjectIdentifier(subcommand)
        else { return nil }
        return parsed
    }

    /// Whether `argument` is, or may be read as, one of ``builtInFlags`` (or another built-in
    /// `--experimental…`/`--generate…` flag, or -h among combined short flags).
    static func mayBeBuiltIn(_ argument: String) -> Bool {
        let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        if builtInFlags.contains(name) || name.hasPrefix("--experimental") || name.hasPrefix("--generate") {
            return true
        }
        // Combined short flags ("-hv") may hold -h.
        return name.hasPrefix("-") && !name.hasPrefix("--") && name.contains("h")
    }
}
