import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// Issue 12, positions and messages in the command layer: a fault in a `# rdfit:` line is reported
/// at its line, the option at fault is the one named, and quoted arguments are shortened.
@Suite("hostile input: defaults lines and option messages")
struct HostileMessageTests {
    static func table(_ text: String) throws -> DataTable { try DataTable.parse(bytes: Array(text.utf8)) }
    static let rows = "year,papers\n2001,100\n2002,150\n2003,225\n2004,337.5\n"

    @Test(
        "each option is traced to the value that takes effect: the last defaults token setting it, by line and column")
    func valuePositions() throws {
        let table = try Self.table(
            "# rdfit: --doubling-time 9\n# other\n# rdfit: --window=3 --no-cumulative --doubling-time 4\n"
                + "\t#rdfit:\t--seed  7\n" + Self.rows)
        func at(_ option: String) -> FileDefaults.Position? { FileDefaults.valuePosition(of: option, in: table) }
        #expect(at("--doubling-time") == FileDefaults.Position(line: 3, column: 53))
        #expect(at("--window") == FileDefaults.Position(line: 3, column: 19))
        #expect(at("--cumulative") == FileDefaults.Position(line: 3, column: 21))
        #expect(at("--no-cumulative") == FileDefaults.Position(line: 3, column: 21))
        #expect(at("--seed") == FileDefaults.Position(line: 4, column: 18))
        #expect(at("--replicates") == nil)
        #expect(
            FileDefaults.positionedTokens(in: table)[2]
                == [
                    FileDefaults.PositionedToken(text: "--seed", line: 4, column: 10),
                    FileDefaults.PositionedToken(text: "7", line: 4, column: 18),
                ])
    }

    @Test("a defaults line that does not parse is reported at the faulty value or option, by line and column")
    func failingPositions() throws {
        func at(_ text: String) throws -> FileDefaults.Position? {
            FileDefaults.failingPosition(in: try Self.table(text + Self.rows))
        }
        // "# rdfit: --doubling-time 9 " is 27 characters: --replicates at 28, its value at 41.
        #expect(
            try at("# rdfit: --seed 1\n# rdfit: --doubling-time 9 --replicates abc --seed 1\n")
                == FileDefaults.Position(line: 2, column: 41))
        #expect(try at("# rdfit: --doubling-time 9 --replicates=abc\n") == FileDefaults.Position(line: 1, column: 41))
        #expect(try at("# rdfit: --doubling-time 9 --frobnicate 3\n") == FileDefaults.Position(line: 1, column: 28))
        #expect(try at("# rdfit: stray --doubling-time 9\n") == FileDefaults.Position(line: 1, column: 10))
        #expect(try at("# rdfit: --doubling-time 9\n") == nil)
        let table = try Self.table("# note\n#  rdfit: --doubling-time 9 --replicates x\n" + Self.rows)
        do {
            _ = try FileDefaults.options(in: table, path: "d.csv")
            Issue.record("accepted")
        } catch let error as CommandError {
            #expect(error.exitCode == 64)
            #expect(
                error.description.hasPrefix("d.csv:2:42: the file's '# rdfit:' defaults do not parse: "), "\(error)")
        }
    }

    @Test("a specification error about a file default is located; one about a command-line option is not")
    func locating() throws {
        let table = try Self.table("# rdfit: --window 3\n" + Self.rows)
        let fromFile = try EstimateOptions.parse([])
        #expect(throws: CommandError.self) {
            try FileDefaults.locating("d.csv", table: table, commandLine: fromFile) {
                throw SpecificationError(setting: .window, message: "goes with --method jones-ols")
            }
        }
        do {
            try FileDefaults.locating("d.csv", table: table, commandLine: fromFile) {
                throw SpecificationError(setting: .window, message: "goes with --method jones-ols")
            }
        } catch let error as CommandError {
            #expect(
                error.description
                    == "d.csv:1:19: --window (from the file's '# rdfit:' line): goes with --method jones-ols"
            )
        }
        let typed = try EstimateOptions.parse(["--window", "3"])
        #expect(throws: SpecificationError.self) {
            try FileDefaults.locating("d.csv", table: table, commandLine: typed) {
                throw SpecificationError(setting: .window, message: "goes with --method jones-ols")
            }
        }
    }

    @Test("every option name the plan can blame is known to sets(_:)")
    func setsCoversOptions() throws {
        let options = try EstimateOptions.parse([
            "--input", "a", "--weight", "a=1", "--output", "q", "--doubling-time", "9", "--growth-factor", "2",
            "--over", "3",
            "--growth-multiple", "2", "--interval", "1:2", "--interval-level", "0.9", "--method", "jones-ols",
            "--growth", "endpoints",
            "--cumulative", "--years", "1:2", "--bootstrap", "block", "--block-length", "2", "--replicates", "20",
            "--level", "0.9",
            "--interval-method", "bca", "--seed", "1", "--window", "3", "--hac-lag", "2", "--likelihood", "exact",
            "--chains", "2",
            "--draws", "200", "--warmup", "200", "--format", "json",
        ])
        for name in [
            "--input", "--weight", "--output", "--doubling-time", "--growth-factor", "--over", "--growth-multiple",
            "--interval", "--interval-level",
            "--method", "--growth", "--cumulative", "--years", "--bootstrap", "--block-length", "--replicates",
            "--level", "--interval-method", "--seed",
            "--window", "--hac-lag", "--likelihood", "--chains", "--draws", "--warmup", "--format",
        ] {
            #expect(options.sets(name), "\(name)")
            #expect(!(try EstimateOptions.parse([])).sets(name))
        }
    }

    @Test("quoted arguments in ArgumentParser messages are shortened and escaped")
    func shortened() {
        let long = String(repeating: "z", count: 5000)
        let message = ArgumentLimits.shortened(
            "The value '\(long)' is invalid for '--replicates <B>'", arguments: ["--replicates", long])
        #expect(message == "The value '\(String(repeating: "z", count: 59))…' is invalid for '--replicates <B>'")
        #expect(
            ArgumentLimits.shortened("The value 'a\tb' is invalid", arguments: ["a\tb"])
                == "The value 'a\\u{9}b' is invalid")
        #expect(ArgumentLimits.check(Array(repeating: "x", count: 1000)) == nil)
        #expect(ArgumentLimits.check(Array(repeating: "x", count: 1001))?.exitCode == 64)
    }

    @Test("a defaults line of 4,096 bytes is accepted, one byte more is refused at its line")
    func lineLimit() throws {
        let padding = String(repeating: " ", count: 0)
        let base = "rdfit: --doubling-time 9 --seed "
        let fits = base + String(repeating: "1", count: FileDefaults.maximumLineBytes - base.utf8.count) + padding
        #expect(throws: Never.self) {
            try FileDefaults.checkLimits(in: try Self.table("# " + fits + "\n" + Self.rows), path: "d.csv")
        }
        do {
            try FileDefaults.checkLimits(in: try Self.table("# x\n# " + fits + "1\n" + Self.rows), path: "d.csv")
            Issue.record("accepted")
        } catch let error as CommandError {
            #expect(
                error.exitCode == 64 && error.description.hasPrefix("d.csv:2: the '# rdfit:' line is 4097 bytes long"))
        }
    }
}
