import Foundation
import Testing

/// Bad adjustment, sensitivity and plot arguments: one line on stderr, exit 64 (73 for an
/// unwritable plot is tested in AdjustmentCommandTests), nothing on stdout.
@Suite("rdfit estimate and sensitivity, bad adjustment arguments")
struct AdjustmentErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let fragments: [String]
        var description: String { name }
    }

    static let cv = ["estimate", "Data/computer-vision.csv", "--replicates", "50"]
    static let oa = ["estimate", "Data/openalex-deep-learning-ai.csv", "--doubling-time", "8", "--replicates", "50"]
    static let sens = ["sensitivity", "Data/computer-vision.csv", "--replicates", "50"]

    static let cases: [Case] = [
        Case(
            name: "compute share above 1", arguments: cv + ["--compute-share", "1.5"],
            fragments: ["--compute-share", "between 0 and 1"]),
        Case(
            name: "compute share LO above HI", arguments: cv + ["--compute-share", "0.8:0.6"],
            fragments: ["--compute-share", "LO 0.8 above HI 0.6"]),
        Case(
            name: "compute share mode outside range", arguments: cv + ["--compute-share", "0.5:0.9:0.7"],
            fragments: ["--compute-share", "mode"]),
        Case(
            name: "spillover weight negative",
            arguments: oa + ["--spillover", "artificial_intelligence_country_sum=-0.1"],
            fragments: ["--spillover", "between 0 and 1"]),
        Case(
            name: "spillover share above 1",
            arguments: oa + ["--spillover-share", "artificial_intelligence_country_sum=0.5:1.2"],
            fragments: ["--spillover-share", "between 0 and 1"]),
        Case(
            name: "spillover unknown column",
            arguments: oa + ["--spillover", "artifical_intelligence_country_sum=0.1"],
            fragments: ["--spillover", "did you mean 'artificial_intelligence_country_sum'"]),
        Case(
            name: "spillover on an input",
            arguments: oa + [
                "--input", "deep_learning_country_sum", "--input", "artificial_intelligence_country_sum",
                "--spillover-share", "artificial_intelligence_country_sum=0.2",
            ], fragments: ["--spillover-share", "is an input"]),
        Case(
            name: "spillover on the year column", arguments: oa + ["--spillover", "year=0.1"],
            fragments: ["--spillover", "year column"]),
        Case(
            name: "spillover without a value", arguments: oa + ["--spillover", "artificial_intelligence_country_sum"],
            fragments: ["--spillover", "NAME=VALUE"]),
        Case(
            name: "multiplier zero", arguments: cv + ["--output-multiplier", "post-training=0"],
            fragments: ["--output-multiplier", "positive"]),
        Case(
            name: "multiplier name typo", arguments: cv + ["--output-multiplier", "post-trainig=2"],
            fragments: ["--output-multiplier", "did you mean 'post-training'"]),
        Case(
            name: "multiplier not a number", arguments: cv + ["--output-multiplier", "post-training=two"],
            fragments: ["--output-multiplier", "not a number"]),
        Case(
            name: "plot kind without plot", arguments: cv + ["--plot-kind", "inputs"],
            fragments: ["--plot-kind", "--plot"]),
        Case(
            name: "plot kind of another command", arguments: cv + ["--plot", "/tmp/x.svg", "--plot-kind", "tornado"],
            fragments: ["--plot-kind", "r or inputs"]),
        Case(name: "sensitivity without --vary", arguments: sens, fragments: ["--vary", "doubling-time"]),
        Case(
            name: "vary an unknown name", arguments: sens + ["--vary", "dubling-time=4:25"],
            fragments: ["--vary", "did you mean 'doubling-time'"]),
        Case(
            name: "vary a name that is not an option", arguments: sens + ["--vary", "seed=1:5"],
            fragments: ["--vary", "not an assumption"]),
        Case(
            name: "vary LO above HI", arguments: sens + ["--vary", "doubling-time=25:4"],
            fragments: ["--vary", "not below"]),
        Case(
            name: "vary a share outside 0-1", arguments: sens + ["--vary", "compute-share=0.5:1.5"],
            fragments: ["--vary", "between 0 and 1"]),
        Case(
            name: "vary spillover without column", arguments: sens + ["--vary", "spillover=0:0.5"],
            fragments: ["--vary", "spillover:COL"]),
        Case(
            name: "vary spillover on unknown column", arguments: sens + ["--vary", "spillover:papers=0:0.5"],
            fragments: ["--vary", "no column 'papers'"]),
        Case(
            name: "vary weight with one input", arguments: sens + ["--vary", "weight:unique_authors=0:1"],
            fragments: ["--vary", "two or more inputs"]),
        Case(
            name: "vary multiplier typo of a stated one",
            arguments: sens + [
                "--output-multiplier", "capability-gains=1:2", "--vary", "multiplier:capability-gain=1:3",
            ], fragments: ["--vary", "did you mean 'multiplier:capability-gains'"]),
        Case(
            name: "vary twice", arguments: sens + ["--vary", "compute-share=0:0.5", "--vary", "compute-share=0.2:0.6"],
            fragments: ["--vary", "twice"]),
        Case(
            name: "vary input with one column", arguments: sens + ["--vary", "input=unique_authors"],
            fragments: ["--vary", "two or more"]),
        Case(
            name: "vary growth factor without a horizon",
            arguments: sens + ["--doubling-time", "9", "--vary", "growth-factor=100:10000"],
            fragments: ["--vary", "--over"]),
        Case(
            name: "sensitivity of jones-ols to an output growth it does not state",
            arguments: [
                "sensitivity", "Data/openalex-deep-learning-ai.csv", "--method", "jones-ols", "--output",
                "artificial_intelligence_country_sum", "--input", "deep_learning_country_sum", "--vary",
                "doubling-time=4:25",
            ], fragments: ["--vary", "jones-ols cannot vary doubling-time", "it can vary compute-share"]),
    ]

    @Test("bad adjustment arguments give one clear line and exit 64", arguments: cases)
    func badArguments(_ testCase: Case) throws {
        let outcome = try CommandRunner.run(testCase.arguments)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
        for fragment in testCase.fragments {
            #expect(outcome.standardError.contains(fragment), "'\(fragment)' not in: \(outcome.standardError)")
        }
        #expect(outcome.standardError.split(separator: "\n").count == 1, "\(outcome.standardError)")
    }
}
