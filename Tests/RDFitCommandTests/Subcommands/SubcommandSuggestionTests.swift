import Foundation
import Testing

@testable import RDFitCommand

@Suite("a misspelled subcommand gets a suggestion")
struct SubcommandSuggestionTests {
    @Test(
        "a near miss names the subcommand, exit 64",
        arguments: [
            ("estimat", "estimate"), ("estimte", "estimate"), ("esitmate", "estimate"), ("Estimate", "estimate"),
            ("sensitivty", "sensitivity"), ("reproduc", "reproduce"), ("simulte", "simulate"), ("sim", "simulate"),
        ])
    func suggestion(typed: String, meant: String) throws {
        let outcome = try CommandRunner.run([typed, "Data/computer-vision.csv"])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError
                == "rdfit: error: unknown subcommand '\(typed)'; did you mean '\(meant)'? see 'rdfit --help'\n")
    }

    @Test("a word near none lists the subcommands; help and real subcommands are untouched")
    func noSuggestion() throws {
        let outcome = try CommandRunner.run(["frobnicate"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("choose estimate, sensitivity, reproduce, simulate"))
        #expect(!outcome.standardError.contains("did you mean"))
        #expect(try CommandRunner.run(["help", "estimate"]).status == 0)
        #expect(try CommandRunner.run(["--version"]).status == 0)
        #expect(
            SubcommandSuggestion.error(for: ["simulate", "--r", "2"], subcommands: RDFitCommandLine.subcommandNames)
                == nil)
    }

    @Test("edit distance counts insertions, deletions, substitutions and a swap as one each")
    func distance() {
        #expect(SubcommandSuggestion.editDistance("estimate", "estimate") == 0)
        #expect(SubcommandSuggestion.editDistance("estimat", "estimate") == 1)
        #expect(SubcommandSuggestion.editDistance("esitmate", "estimate") == 1)
        #expect(SubcommandSuggestion.editDistance("kitten", "sitting") == 3)
        #expect(SubcommandSuggestion.editDistance("", "abc") == 3)
        #expect(SubcommandSuggestion.nearest(to: "xyz", in: RDFitCommandLine.subcommandNames) == nil)
    }

    @Test("a usage error inside a subcommand points at that subcommand's help")
    func subcommandHelpHint() throws {
        let outcome = try CommandRunner.run(["reproduce", "--format", "csv"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasSuffix("; see 'rdfit reproduce --help'\n"), "\(outcome.standardError)")
    }
}
