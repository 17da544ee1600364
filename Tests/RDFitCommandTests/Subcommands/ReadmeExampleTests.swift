import Foundation
import Testing

/// The `rdfit …` example commands of the README, and what they read and write.
struct ReadmeExamples {
    /// One example: its arguments after `rdfit`, as written.
    struct Command: CustomStringConvertible {
        let tokens: [String]
        var description: String { "rdfit " + tokens.joined(separator: " ") }
    }

    /// Options whose value is a file the command writes.
    static let writingOptions: Set<String> = ["--plot", "--save-draws"]

    /// Every `rdfit` command in the README's `sh` blocks (continuation lines joined, comments
    /// dropped) and in its inline code spans.
    static func commands(in readme: String) -> [Command] {
        var commands: [Command] = []
        var inShell = false
        var pending = ""
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inShell = !inShell && line.hasPrefix("```sh")
                continue
            }
            guard inShell else { continue }
            pending += line
            if pending.hasSuffix("\\") {
                pending.removeLast()
                pending += " "
                continue
            }
            if let command = command(pending) { commands.append(command) }
            pending = ""
        }
        // Inline spans: `rdfit …`.
        for piece in readme.components(separatedBy: "`").enumerated() where piece.offset % 2 == 1 {
            if piece.element.hasPrefix("rdfit "), let command = command(piece.element) { commands.append(command) }
        }
        return commands
    }

    /// The arguments of a shell line that runs `rdfit` or `scripts/rdfit`, without its comment.
    static func command(_ line: String) -> Command? {
        var tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let comment = tokens.firstIndex(where: { $0.hasPrefix("#") }) { tokens.removeSubrange(comment...) }
        guard let first = tokens.first, first == "rdfit" || first == "scripts/rdfit" else { return nil }
        return Command(tokens: Array(tokens.dropFirst()))
    }

    /// A placeholder such as `FILE.csv`, `FILE.svg` or `DIR`, not a real path.
    static func isPlaceholder(_ token: String) -> Bool {
        let stem = token.split(separator: ".").first.map(String.init) ?? token
        return !stem.isEmpty && stem == stem.uppercased() && stem.contains(where: \.isLetter)
    }

    /// Whether `token` names a file: it has a folder or a data or chart extension.
    static func isPath(_ token: String) -> Bool {
        !token.hasPrefix("-") && !token.contains("=")
            && (token.contains("/") || token.hasSuffix(".csv") || token.hasSuffix(".svg"))
            && !isPlaceholder(token)
    }

    /// The files `command` reads and writes.
    static func files(of command: Command) -> (reads: [String], writes: [String]) {
        var reads: [String] = [], writes: [String] = []
        for (index, token) in command.tokens.enumerated() where isPath(token) {
            let previous = index > 0 ? command.tokens[index - 1] : ""
            if writingOptions.contains(previous) || previous == ">" || previous == ">>" {
                writes.append(token)
            } else {
                reads.append(token)
            }
        }
        return (reads, writes)
    }
}

@Suite("README examples use bundled files and write only to scratch paths")
struct ReadmeExampleTests {
    static let root = CommandRunner.packageRoot
    static let readme = (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// Top-level names the repository ignores (`out/` in `.gitignore`), where an example may write.
    static let ignoredFolders: Set<String> = {
        let text = (try? String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)) ?? ""
        return Set(
            text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasSuffix("/") && !$0.contains("*") }
                .map { String($0.drop { $0 == "/" }.dropLast()) })
    }()

    /// Whether an example may write `path`: under the system's temporary folder or an ignored one.
    static func isScratch(_ path: String) -> Bool {
        if path.hasPrefix("/tmp/") { return true }
        guard !path.hasPrefix("/"), let first = path.split(separator: "/").first, path.contains("/") else {
            return false
        }
        return ignoredFolders.contains(String(first))
    }

    @Test("the examples are found: every subcommand appears")
    func found() {
        let commands = ReadmeExamples.commands(in: Self.readme)
        #expect(commands.count >= 10, "\(commands)")
        for subcommand in ["estimate", "sensitivity", "reproduce", "simulate"] {
            #expect(commands.contains { $0.tokens.first == subcommand }, "\(subcommand)")
        }
    }

    @Test("every file an example reads is in the repository")
    func readsExist() {
        var checked = 0
        for command in ReadmeExamples.commands(in: Self.readme) {
            for path in ReadmeExamples.files(of: command).reads {
                checked += 1
                #expect(
                    FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(path).path),
                    "\(command): \(path) is not bundled")
            }
        }
        #expect(checked >= 5)
    }

    @Test("every file an example writes is under /tmp or an ignored folder, never a tracked path")
    func writesAreScratch() {
        var checked = 0
        for command in ReadmeExamples.commands(in: Self.readme) {
            for path in ReadmeExamples.files(of: command).writes {
                checked += 1
                #expect(Self.isScratch(path), "\(command) writes \(path)")
            }
        }
        #expect(checked >= 1)
    }

    @Test("the extractor sees reads, writes, continuations, placeholders and comments")
    func extractor() {
        let text = """
            ```sh
            rdfit estimate lab.csv --seed 1 \\
                --plot Docs/images/x.svg   # a comment naming other.csv
            rdfit estimate - < Data/a.csv
            swift build
            ```
            Also `rdfit estimate FILE.csv` and `rdfit simulate --r-draws draws/r.csv`.
            """
        let commands = ReadmeExamples.commands(in: text)
        #expect(commands.count == 4)
        #expect(ReadmeExamples.files(of: commands[0]).reads == ["lab.csv"])
        #expect(ReadmeExamples.files(of: commands[0]).writes == ["Docs/images/x.svg"])
        #expect(ReadmeExamples.files(of: commands[1]).reads == ["Data/a.csv"])
        #expect(ReadmeExamples.files(of: commands[2]).reads.isEmpty)
        #expect(ReadmeExamples.files(of: commands[3]).reads == ["draws/r.csv"])
        #expect(!Self.isScratch("Docs/images/x.svg") && Self.isScratch("/tmp/x.svg"))
    }
}
