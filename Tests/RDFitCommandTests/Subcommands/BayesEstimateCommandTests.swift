import Foundation
import Testing

/// `rdfit estimate --method bayes-endpoint`: the JSON contract, adjustments on posterior draws and
/// the posterior plot (reduced chains so the suite stays fast).
@Suite("rdfit estimate --method bayes-endpoint")
struct BayesEstimateCommandTests {
    static let reduced = [
        "--method", "bayes-endpoint", "--chains", "4", "--draws", "3000", "--warmup", "600", "--seed", "5",
    ]

    func json(_ extra: [String]) throws -> [String: Any] {
        let outcome = try CommandRunner.run(
            ["estimate", "Data/computer-vision.csv", "--format", "json"] + Self.reduced + extra)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    @Test("r.estimate is the posterior median and lambda, beta carry median, lower and upper")
    func contract() throws {
        let object = try json(["--likelihood", "published"])
        #expect(object["method"] as? String == "bayes-endpoint")
        let r = try #require(object["r"] as? [String: Any])
        let quantiles = try #require((object["quantiles"] as? [String: Any])?["r"] as? [String: Any])
        #expect(r["estimate"] as? Double == quantiles["q50"] as? Double)
        let estimate = try #require(r["estimate"] as? Double)
        #expect(abs(estimate - 1.4) < 0.2, "published-likelihood median near Table 4's 1.4")
        for name in ["lambda", "beta"] {
            let parameter = try #require(object[name] as? [String: Any])
            for key in ["median", "lower", "upper"] { #expect(parameter[key] is Double, "\(name).\(key)") }
        }
        let sampler = try #require(object["sampler"] as? [String: Any])
        #expect(sampler["likelihood"] as? String == "published" && sampler["chains"] as? Int == 4)
        #expect(object["naiveR"] is Double)
    }

    @Test("the compute-share cut applies to every posterior draw")
    func computeShareOnPosterior() throws {
        let object = try json(["--compute-share", "0.5"])
        let median = try #require((object["r"] as? [String: Any])?["estimate"] as? Double)
        let adjusted = try #require(object["adjusted"] as? [[String: Any]])
        let cut = try #require((adjusted.first?["r"] as? [String: Any])?["estimate"] as? Double)
        #expect(abs(cut - 0.5 * median) < 1e-12)
    }

    @Test("spillovers need the steady-state estimator")
    func spilloverRefused() throws {
        let outcome = try CommandRunner.run(
            [
                "estimate", "Data/openalex-deep-learning-ai.csv", "--input", "deep_learning_country_sum",
                "--doubling-time", "9", "--spillover", "artificial_intelligence_country_sum=0.1",
            ] + Self.reduced)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("steady-state"))
    }

    @Test("--plot draws the posterior of r")
    func posteriorPlot() throws {
        let path = try CommandRunner.temporaryFile("", name: "posterior.svg")
        let outcome = try CommandRunner.run(["estimate", "Data/computer-vision.csv", "--plot", path] + Self.reduced)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("marker-r-equals-1") && svg.contains("Posterior draws"))
    }
}
