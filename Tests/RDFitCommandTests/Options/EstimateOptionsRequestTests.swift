import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// Options → library request → specification is a plain function; these tests call it without
/// running a command, so that each flag is seen to reach its setting.
@Suite("EstimateOptions.request")
struct EstimateOptionsRequestTests {
    static let csv =
        "year,papers,compute,quality\n2015,10,1,1\n2016,14,2,1.5\n2017,20,4,2.4\n2018,27,8,3.5\n2019,40,16,5.5\n"

    func plan(_ arguments: [String]) throws -> ReturnsPlan {
        let table = try DataTable.parse(bytes: Array(Self.csv.utf8))
        return try EstimateOptions.parse(arguments).request.plan(table: table, threads: 1, drawnSeed: 99)
    }

    @Test("defaults: every column but year and the output is an input, equal weights, pairs bootstrap, drawn seed")
    func defaults() throws {
        let p = try plan(["--output", "quality"])
        guard case let .steadyState(spec) = p.specification else { Issue.record("not steady-state"); return }
        #expect(spec.inputs.map(\.name) == ["papers", "compute"])
        #expect(spec.weights.central == [0.5, 0.5])
        #expect(spec.bootstrap.scheme == .pairs)
        #expect(spec.bootstrap.replicates == 2000)
        #expect(p.seed == 99 && p.seedWasDrawn)
        #expect(spec.level == 0.9)
    }

    @Test("a triangular weight on one input leaves the remainder to the other")
    func remainderWeight() throws {
        let p = try plan([
            "--doubling-time", "8", "--input", "papers", "--input", "compute", "--weight", "compute=0.59:0.67:0.75",
            "--seed", "3",
        ])
        guard case let .steadyState(spec) = p.specification else { Issue.record("not steady-state"); return }
        #expect(abs(spec.weights.central[1] - 0.67) < 1e-12 && abs(spec.weights.central[0] - 0.33) < 1e-12)
        #expect(!p.seedWasDrawn)
    }

    @Test("jones-ols defaults to a moving-block bootstrap with the window as block length")
    func jonesDefaults() throws {
        let p = try plan(["--output", "quality", "--method", "jones-ols", "--window", "2"])
        guard case let .jones(spec) = p.specification else { Issue.record("not jones"); return }
        #expect(spec.bootstrap.scheme == .movingBlock(length: 2))
        #expect(spec.window == 2)
    }

    @Test("file defaults fill what the command line leaves out; the output options move as a group")
    func mergeDefaults() throws {
        let defaults = try EstimateOptions.parse([
            "--growth-factor", "9", "--over", "20", "--growth", "endpoints", "--replicates", "500",
        ])
        let user = try EstimateOptions.parse(["--doubling-time", "12"])
        let merged = user.merged(over: defaults)
        #expect(merged.doublingTime?.text == "12" && merged.growthFactor == nil && merged.over == nil)
        #expect(merged.growth == .endpoints && merged.replicates == 500)
    }

    @Test(
        "options that do not fit the method are usage errors naming the option",
        arguments: [
            (["--doubling-time", "8", "--window", "3"], "--window"),
            (["--doubling-time", "8", "--chains", "3"], "--chains"),
            (["--doubling-time", "8", "--block-length", "3"], "--block-length"),
            (["--growth-factor", "9"], "--growth-factor"),
            (["--doubling-time", "8", "--over", "3"], "--over"),
            (["--output", "quality", "--interval", "1:2"], "--interval"),
            (["--doubling-time", "8", "--method", "jones-ols"], "--method"),
            (["--doubling-time", "8", "--input", "year"], "--input"),
            (["--output", "quality", "--input", "quality"], "--input"),
        ])
    func misfits(arguments: [String], option: String) throws {
        #expect {
            try plan(arguments)
        } throws: { error in
            (error as? SpecificationError).map { OptionNames.flag(for: $0.setting) } == option
        }
    }
}

@Suite("rdfit --help")
struct HelpTests {
    @Test("estimate --help lists every option of the documented contract")
    func estimateHelp() throws {
        let outcome = try CommandRunner.run(["estimate", "--help"])
        #expect(outcome.status == 0)
        for option in [
            "--input", "--weight", "--output", "--doubling-time", "--growth-factor", "--over", "--growth-multiple",
            "--interval", "--interval-level", "--method", "--growth", "--bootstrap", "--block-length", "--replicates",
            "--level", "--interval-method", "--seed", "--format", "--likelihood",
        ] {
            #expect(outcome.standardOutput.contains(option), "\(option) missing from --help")
        }
    }

    @Test("the root help lists exactly the four subcommands, each in the SUBCOMMANDS section")
    func rootHelp() throws {
        let outcome = try CommandRunner.run(["--help"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "SUBCOMMANDS:"))
        // Entries are indented by two spaces; continuation lines by more.
        let listed = lines[(start + 1)...].prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(listed == ["estimate", "sensitivity", "reproduce", "simulate"])
        let configured = RDFitCommandLine.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        #expect(configured == listed)
    }
}
