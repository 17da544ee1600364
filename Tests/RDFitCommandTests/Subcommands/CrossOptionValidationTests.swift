import ArgumentParser
import Foundation
import Testing

@testable import RDFitCommand

/// Issue 8, point 7: checks between options run in the commands' `validate()`, while the command
/// line is parsed, before any file is read or anything estimated; their messages and exit status
/// are those of the same checks made at run time (one line, no usage hint, 64).
@Suite("Cross-option checks in validate()")
struct CrossOptionValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let command: String
        let arguments: [String]
        let message: String
        var testDescription: String { "\(command) \(arguments.joined(separator: " "))" }
    }

    static let cases: [Case] = [
        Case(command: "estimate", arguments: ["--plot-kind", "r"], message: "--plot-kind: goes with --plot FILE.svg"),
        Case(
            command: "estimate", arguments: ["--plot-width", "400"], message: "--plot-width: goes with --plot FILE.svg"),
        Case(
            command: "estimate", arguments: ["--plot", "chart.svg", "--plot-kind", "tornado"],
            message: "--plot-kind: 'tornado' is not drawn by this command; choose r or inputs"),
        Case(
            command: "estimate", arguments: ["--method", "mle", "--compute-substitution", "0.5"],
            message: "--compute-substitution: not available for --method mle yet"),
        Case(
            command: "estimate", arguments: ["--method", "bayes-series", "--spillover-share", "papers=0.2"],
            message:
                "--spillover-share: spillovers re-estimate input growth and need --method steady-state (this is bayes-series)"
        ),
        Case(
            command: "estimate", arguments: ["--method", "mle", "--plot", "chart.svg", "--plot-kind", "inputs"],
            message: "--plot-kind: inputs is drawn for --method steady-state and jones-ols; use --plot-kind r"),
        Case(
            command: "estimate", arguments: ["--compute-substitution", "0"],
            message: "--compute-substitution: elasticity of substitution sigma must be positive, got 0.0."),
        Case(
            command: "estimate", arguments: ["--compute-share", "1", "--compute-substitution", "1"],
            message: "--compute-share: compute share epsilon_K must be in [0, 1), got 1.0."),
        Case(
            command: "sensitivity", arguments: ["--plot", "chart.svg", "--plot-kind", "curve"],
            message:
                "--plot-kind: curve draws r over one assumption, but 0 are varied (); give one --vary, or draw them all with --plot-kind tornado"
        ),
        Case(
            command: "simulate", arguments: ["--r", "1.5", "--plot-width", "500"],
            message: "--plot-width: goes with --plot FILE.svg"),
        Case(
            command: "simulate", arguments: ["--runs", "10", "--compute-growth", "0.1"],
            message: "--compute-growth: goes with --substitution SIGMA (the CES research input)"),
        Case(
            command: "simulate", arguments: ["--runs", "10", "--substitution", "0.5", "--compute-weight", "1.5"],
            message: "--compute-weight: compute share epsilon_K must be strictly between 0 and 1, got 1.5."),
    ]

    /// Parsing alone (which runs `validate()`) refuses the combination with the command's own error.
    @Test(arguments: cases)
    func parsingRefuses(_ test: Case) {
        let file = test.command == "simulate" ? [] : ["data.csv"]
        let command: ParsableCommand.Type =
            switch test.command {
            case "estimate": EstimateCommand.self
            case "sensitivity": SensitivityCommand.self
            default: SimulateCommand.self
            }
        do {
            _ = try command.parseAsRoot(file + test.arguments)
            Issue.record("parsed without error")
        } catch {
            let found = CommandError.found(in: error)
            #expect(found?.exitCode == 64)
            #expect(found?.description == test.message)
        }
    }

    /// End to end: refused before the (missing) data file is read, on one line without a usage
    /// hint, exit 64.
    @Test(
        arguments: [
            (["estimate", "no-such-file.csv", "--compute-substitution", "0"], cases[6].message),
            (
                ["estimate", "no-such-file.csv", "--compute-share", "1", "--compute-substitution", "1"],
                cases[7].message
            ),
            (["estimate", "no-such-file.csv", "--method", "mle", "--compute-substitution", "2"], cases[3].message),
            (
                ["simulate", "--runs", "10", "--r-draws", "no-such-file.csv", "--compute-growth", "0.1"],
                cases[10].message
            ),
        ])
    func refusedBeforeReading(_ arguments: [String], _ message: String) throws {
        let outcome = try CommandRunner.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError == "rdfit: error: \(message)\n")
        #expect(outcome.standardOutput.isEmpty)
    }

    /// A method chosen by the file's `# rdfit:` defaults is refused the same way once the file is read.
    @Test func fileDefaultMethodStillRefused() throws {
        let outcome = try CommandRunner.run(
            ["estimate", "Data/series/chess-stockfish.csv", "--compute-substitution", "0.5"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError == "rdfit: error: --compute-substitution: not available for --method mle yet\n")
    }
}
