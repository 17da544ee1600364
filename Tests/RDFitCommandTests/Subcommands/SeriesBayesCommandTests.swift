import Foundation
import Testing

/// `rdfit estimate --method bayes-series` run as a program, with short chains.
@Suite("rdfit estimate --method bayes-series, end to end")
struct SeriesBayesCommandTests {
    static let short = ["--chains", "2", "--draws", "200", "--warmup", "200", "--seed", "1"]

    @Test("the chess file under bayes-series: posterior r, quantiles and the sampler's ESS and R-hat in JSON")
    func chessJSON() throws {
        let outcome = try CommandRunner.run(
            ["estimate", "Data/series/chess-stockfish.csv", "--method", "bayes-series", "--format", "json"]
                + Self.short)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "bayes-series")
        let r = try #require(object["r"] as? [String: Any])
        let median = try #require(r["estimate"] as? Double)
        let lower = try #require(r["lower"] as? Double), upper = try #require(r["upper"] as? Double)
        #expect(lower <= median && median <= upper)
        let quantiles = try #require((object["quantiles"] as? [String: Any])?["r"] as? [String: Any])
        #expect(quantiles["q50"] as? Double == median)
        let sampler = try #require(object["sampler"] as? [String: Any])
        #expect(sampler["effectiveSampleSizeR"] is Double && sampler["rHatR"] is Double)
        #expect(sampler["chains"] as? Int == 2 && sampler["drawsPerChain"] as? Int == 200)
        let output = try #require(object["output"] as? [String: Any])
        #expect((output["source"] as? String)?.contains("207 transitions") == true)
    }

    @Test("adjustments apply to the posterior draws; mle-only options are usage errors")
    func adjustmentsAndForeignOptions() throws {
        let adjusted = try CommandRunner.run(
            [
                "estimate", "Data/series/chess-stockfish.csv", "--method", "bayes-series", "--compute-share", "0.5",
                "--format", "json",
            ] + Self.short)
        #expect(adjusted.status == 0, "\(adjusted.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(adjusted.standardOutput.utf8)) as? [String: Any])
        let median = try #require((object["r"] as? [String: Any])?["estimate"] as? Double)
        let entry = try #require((object["adjusted"] as? [[String: Any]])?.first)
        let adjustedMedian = try #require((entry["r"] as? [String: Any])?["estimate"] as? Double)
        #expect(abs(adjustedMedian - 0.5 * median) < 1e-9 * max(1, median))

        for extra in [["--noise", "stable"], ["--holdout", "0.1"], ["--replicates", "20"]] {
            let outcome = try CommandRunner.run(
                ["estimate", "Data/series/chess-stockfish.csv", "--method", "bayes-series"] + extra)
            #expect(outcome.status == 64, "\(extra)")
            #expect(outcome.standardError.contains(extra[0]), "\(outcome.standardError)")
        }
    }
}
