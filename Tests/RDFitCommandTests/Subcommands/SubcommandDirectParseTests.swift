import ArgumentParser
import Foundation
import RDFit
import Testing

@testable import RDFitCommand

/// A command line naming a subcommand is parsed by that subcommand alone; help, version,
/// completion and anything that does not parse go through the root, so their output is unchanged.
@Suite("direct subcommand parse")
struct SubcommandDirectParseTests {
    static let subcommands = RDFitCommandLine.subcommandsByName

    @Test("the table's names are the subcommands' own names, in the root's help order")
    func namesMatch() {
        #expect(
            Self.subcommands.map { $0.name as String? } == Self.subcommands.map { $0.command.configuration.commandName }
        )
        #expect(
            RDFitCommandLine.configuration.subcommands.map(ObjectIdentifier.init)
                == Self.subcommands.map { ObjectIdentifier($0.command) })
        #expect(RDFitCommandLine.subcommandNames == ["estimate", "sensitivity", "reproduce", "simulate"])
    }

    @Test("a command line that parses gives the subcommand, with its options")
    func parsesSubcommand() throws {
        let parsed = SubcommandDirectParse.parse(
            ["estimate", "Data/sat-solvers.csv", "--replicates", "500", "--format", "json"],
            subcommands: Self.subcommands)
        let estimate = try #require(parsed as? EstimateCommand)
        let root = try #require(
            try RDFitCommandLine.parseAsRoot(
                ["estimate", "Data/sat-solvers.csv", "--replicates", "500", "--format", "json"]) as? EstimateCommand)
        #expect(String(describing: estimate) == String(describing: root))
        #expect(SubcommandDirectParse.parse(["reproduce", "chess"], subcommands: Self.subcommands) is ReproduceCommand)
    }

    @Test(
        "built-in flags, unknown subcommands and parse errors are left to the root",
        arguments: [
            ["estimate", "--help"], ["estimate", "-h"], ["estimate", "x.csv", "--version"],
            ["estimate", "--generate-completion-script", "bash"], ["estimate", "--experimental-dump-help"],
            ["help", "estimate"], ["frobnicate"], [], ["estimate", "x.csv", "--no-such-option"],
            ["estimate", "x.csv", "--replicates", "many"], ["simulate", "--help=x"],
        ])
    func leftToRoot(arguments: [String]) {
        #expect(SubcommandDirectParse.parse(arguments, subcommands: Self.subcommands) == nil)
    }

    @Test("help and version output through the executable's entry point are the root's")
    func helpUnchanged() throws {
        let help = try CommandRunner.run(["estimate", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("USAGE: rdfit estimate"))
        #expect(try CommandRunner.run(["estimate", "x.csv", "--version"]).standardOutput == "0.1.0\n")
    }

    @Test("a String enum's values are its raw values, as ArgumentParser's default lists them")
    func valueStrings() {
        #expect(ReturnsMethod.allValueStrings == ReturnsMethod.allCases.map(\.rawValue))
        #expect(ReturnsMethod.allValueStrings.first == "steady-state")
        #expect(ReproduceTable.allValueStrings.contains("table4-endpoint"))
    }
}
