import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// The one table of estimate settings stated (``ReturnsRequest/statedSettings``, reached from the
/// options through ``EstimateOptions/request``), from which every refusal of options a method does
/// not read is drawn.
@Suite("Given estimate settings")
struct GivenSettingsTests {
    @Test("the given options are listed in table order; refuse names the first given in the order asked")
    func table() throws {
        let options = try EstimateOptions.parse(["--window-mean", "k", "--hac-correction", "--replicates", "9"])
        #expect(options.request.statedSettings == [.replicates, .hacCorrection, .windowMean])
        #expect(throws: Never.self) { try options.request.refuse([.noise, .draws], message: "x") }
        let error = #expect(throws: SpecificationError.self) {
            try options.request.refuse([.windowMean, .hacCorrection], message: "goes with `method` jones-ols")
        }
        #expect(error?.setting == .windowMean)
        #expect(options.estimateFlagsGiven == ["--replicates", "--hac-correction", "--window-mean"])
    }

    @Test("simulate refuses every estimate option without --r-from, --hac-correction and --window-mean too")
    func simulateRefusesJonesOptions() throws {
        for flags in [["--hac-correction"], ["--window-mean", "k"]] {
            let outcome = try CommandRunner.run(["simulate", "--r", "1.2"] + flags)
            #expect(outcome.status == 64, "\(flags)")
            #expect(outcome.standardError.hasPrefix("rdfit: error: \(flags[0]) is an estimate option"), "\(flags)")
        }
    }

    @Test("bayes-endpoint and the series methods refuse the Jones options by name")
    func plansRefuse() throws {
        let bayes = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--method", "bayes-endpoint", "--window-mean", "k",
        ])
        #expect(
            bayes.status == 64
                && bayes.standardError.contains("--window-mean: does not go with --method bayes-endpoint"))
        let steady = try CommandRunner.run(["estimate", "Data/computer-vision.csv", "--hac-correction"])
        #expect(steady.status == 64 && steady.standardError.contains("--hac-correction: goes with --method jones-ols"))
    }
}
