import ArgumentParser
import Foundation
import RDFitReporting
import Testing

@testable import RDFitCommand

@Suite("--format: help lists exactly the formats each subcommand prints")
struct FormatHelpTests {
    /// The values help lists for `--format`, from "(values: a, b, c)".
    static func listedFormats(_ help: String) throws -> [String] {
        let flat = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let start = try #require(flat.range(of: "--format <format>", options: .backwards))
        let values = try #require(flat[start.upperBound...].range(of: "(values: "))
        let end = try #require(flat[values.upperBound...].firstIndex(of: ")"))
        return flat[values.upperBound..<end].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Whether the command line parses (and validates).
    static func parses(_ command: any ParsableCommand.Type, _ arguments: [String]) -> Bool {
        (try? command.parseAsRoot(arguments)) != nil
    }

    @Test("each subcommand's help lists the formats it parses, and only those")
    func helpMatchesParsing() throws {
        let cases: [(any ParsableCommand.Type, [String], [ReportFormat])] = [
            (EstimateCommand.self, ["x.csv"], EstimateFormats.formats),
            (SensitivityCommand.self, ["x.csv"], EstimateFormats.formats),
            (ReproduceCommand.self, [], ReproduceFormats.formats),
        ]
        for (command, arguments, accepted) in cases {
            let listed = try Self.listedFormats(command.helpMessage(columns: 80))
            #expect(listed == accepted.map(\.rawValue), "\(command)")
            for format in ReportFormat.allCases {
                #expect(
                    Self.parses(command, arguments + ["--format", format.rawValue]) == accepted.contains(format),
                    "\(command) --format \(format.rawValue)")
            }
        }
        #expect(ReproduceFormats.formats == [.table, .json, .markdown])
        #expect(SimulateFormats.formats == [.table, .json, .csv])
    }

    /// `simulate` shares `--format` with the estimate options (for `--r-from`), so its help lists
    /// every format that some mode prints, and its discussion says which mode prints which.
    @Test("simulate: help lists the formats of its modes together, and each mode parses only its own")
    func simulateModes() throws {
        let help = SimulateCommand.helpMessage(columns: 200)
        #expect(try Self.listedFormats(help) == EstimateFormats.formats.map(\.rawValue))
        #expect(help.contains("without --runs, \(SimulateFormats.phrase)"))
        #expect(help.contains("with --runs, \(MonteCarloFormats.phrase), and markdown too when r0 comes from data"))
        for format in ReportFormat.allCases {
            #expect(
                Self.parses(SimulateCommand.self, ["--r", "2", "--format", format.rawValue])
                    == SimulateFormats.formats.contains(format), "--format \(format.rawValue)")
            #expect(
                Self.parses(
                    SimulateCommand.self, ["--runs", "10", "--r-from", "x.csv", "--format", format.rawValue])
                    == (MonteCarloFormats.formats + [.markdown]).contains(format),
                "--r-from --format \(format.rawValue)")
        }
        let union = Set(SimulateFormats.formats + MonteCarloFormats.formats + [.markdown])
        #expect(union == Set(EstimateFormats.formats))
    }

    @Test("simulate --runs: help names its narrower list, and parsing holds to it")
    func monteCarloFormats() throws {
        #expect(MonteCarloFormats.phrase == "table or json")
        for format in ReportFormat.allCases {
            #expect(
                Self.parses(SimulateCommand.self, ["--runs", "10", "--format", format.rawValue])
                    == MonteCarloFormats.formats.contains(format), "--runs --format \(format.rawValue)")
        }
    }

    @Test("every listed format is printed end to end, every other one refused with exit 64 naming the list")
    func endToEnd() throws {
        let runs: [([String], [ReportFormat])] = [
            (["reproduce", "worked-examples"], ReproduceFormats.formats),
            (["simulate", "--r", "2"], SimulateFormats.formats),
            (["simulate", "--runs", "200", "--seed", "1"], MonteCarloFormats.formats),
        ]
        for (arguments, accepted) in runs {
            for format in ReportFormat.allCases {
                let outcome = try CommandRunner.run(arguments + ["--format", format.rawValue])
                if accepted.contains(format) {
                    #expect(outcome.status == 0, "\(arguments) \(format): \(outcome.standardError)")
                    #expect(!outcome.standardOutput.isEmpty)
                } else {
                    #expect(outcome.status == 64, "\(arguments) \(format)")
                    let listed = accepted.allSatisfy { outcome.standardError.contains($0.rawValue) }
                    #expect(listed && outcome.standardError.contains("--format"), "\(outcome.standardError)")
                }
            }
        }
    }
}
