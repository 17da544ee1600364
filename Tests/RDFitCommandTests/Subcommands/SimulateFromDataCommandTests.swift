import Foundation
import Testing

/// `rdfit simulate --runs N --r-from FILE.csv` and `--r-draws FILE.csv`: r0 from data, shown
/// beside the published prior (issue 11, point 3).
@Suite("rdfit simulate --r-from")
struct SimulateFromDataCommandTests {
    static let base = ["simulate", "--runs", "2000", "--seed", "11"]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let outcome = try CommandRunner.run(Self.base + arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    @Test("JSON adds the published prior's conditions (the preset run itself), the source and the differences")
    func comparisonJSON() throws {
        let object = try json(["--r-from", "Data/computer-vision.csv", "--replicates", "300"])
        let preset = try json([])
        let prior = try #require(object["publishedPrior"] as? [String: Any])
        let priorConditions = try #require(prior["conditions"] as? [[String: Any]])
        let presetConditions = try #require(preset["conditions"] as? [[String: Any]])
        #expect(
            priorConditions.map { $0["probability"] as? Double }
                == presetConditions.map { $0["probability"] as? Double })
        let returns = try #require(prior["initialReturns"] as? [String: Any])
        #expect(returns["lower"] as? Double == 0.4 && returns["upper"] as? Double == 3.6)
        let conditions = try #require(object["conditions"] as? [[String: Any]])
        let comparison = try #require(object["comparison"] as? [[String: Any]])
        #expect(comparison.count == 4 && conditions.count == 4)
        for (row, condition) in zip(comparison, conditions) {
            let p = try #require(row["probability"] as? Double)
            let q = try #require(row["publishedPriorProbability"] as? Double)
            #expect(p == condition["probability"] as? Double)
            #expect(abs((row["difference"] as? Double ?? .nan) - (p - q)) <= 1e-12)
            #expect(row["differenceStandardError"] is Double)
        }
        let fromData = try #require(object["returnsFromData"] as? [String: Any])
        let source = try #require(fromData["source"] as? [String: Any])
        #expect(source["kind"] as? String == "estimate" && source["method"] as? String == "steady-state")
        #expect((source["chain"] as? [String])?.first?.contains("compute bottleneck") == true)
        #expect(source["draws"] as? Int == 300)
        // The deflated computer-vision r (median ≈ 0.48) makes compression rarer than the prior's.
        #expect((comparison[0]["difference"] as? Double ?? 0) < -0.3)
    }

    @Test("the text and Markdown outputs show the comparison; --r-draws gets it too")
    func textAndMarkdown() throws {
        let text = try CommandRunner.run(Self.base + ["--r-from", "Data/computer-vision.csv", "--replicates", "200"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("r0 from data against the published prior:"))
        #expect(text.standardOutput.contains("published prior r0: 0.4–3.6 log-uniform"))
        #expect(text.standardOutput.contains("adjustment 1: compute bottleneck"))
        let markdown = try CommandRunner.run(
            Self.base + ["--r-from", "Data/computer-vision.csv", "--replicates", "200", "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.standardError)")
        #expect(markdown.standardOutput.contains("| condition | from data | s.e. | published prior |"))
        let path = try CommandRunner.temporaryFile("r\n0.9\n1.1\n2\n", name: "draws.csv")
        let object = try json(["--r-draws", path])
        let source = try #require((object["returnsFromData"] as? [String: Any])?["source"] as? [String: Any])
        #expect(source["kind"] as? String == "draws" && source["draws"] as? Int == 3)
        #expect(object["publishedPrior"] != nil)
    }

    @Test("the stated chain replaces the default deflation and is listed in order")
    func statedChain() throws {
        let object = try json([
            "--r-from", "Data/computer-vision.csv", "--replicates", "200", "--compute-share", "0.26",
            "--output-multiplier", "capability-gains=2",
        ])
        let source = try #require((object["returnsFromData"] as? [String: Any])?["source"] as? [String: Any])
        let chain = try #require(source["chain"] as? [String])
        #expect(chain.count == 2 && chain[0].contains("ε_K = 0.26") && chain[1].contains("capability-gains"))
        #expect((source["notes"] as? [String])?.isEmpty == true)
    }

    @Test(
        "conflicting or misplaced options exit 64 naming them",
        arguments: [
            (["--runs", "10", "--r-from", "Data/computer-vision.csv", "--r", "1"], "--r"),
            (["--runs", "10", "--r-from", "Data/computer-vision.csv", "--r-draws", "x.csv"], "--r-draws"),
            (["--runs", "10", "--compute-share", "0.5"], "--compute-share"),
            (["--runs", "10", "--method", "jones-ols"], "--method"),
            (["--r", "1", "--r-from", "Data/computer-vision.csv"], "--r-from"),
            (["--r", "1", "--output-multiplier", "post-training=2"], "--output-multiplier"),
            (["--runs", "10", "--format", "markdown"], "markdown"),
        ])
    func refused(arguments: [String], flag: String) throws {
        let outcome = try CommandRunner.run(["simulate"] + arguments)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.contains(flag), "\(outcome.standardError)")
    }

    @Test("a bad estimate option exits 64 naming it, bad data 65 with the file")
    func estimateErrors() throws {
        let bad = try CommandRunner.run(
            ["simulate", "--runs", "10", "--r-from", "Data/computer-vision.csv", "--compute-share", "2"])
        #expect(bad.status == 64 && bad.standardError.contains("--compute-share"), "\(bad.standardError)")
        let path = try CommandRunner.temporaryFile("year,x\n2000,1\n2001,oops\n", name: "bad.csv")
        let data = try CommandRunner.run(["simulate", "--runs", "10", "--r-from", path, "--doubling-time", "9"])
        #expect(data.status == 65 && data.standardError.contains(path), "\(data.standardError)")
    }
}

/// `rdfit simulate --runs N --substitution SIGMA [--compute-growth G] [--compute-weight E]`.
@Suite("rdfit simulate --substitution")
struct SimulateSubstitutionCommandTests {
    @Test("σ = 1 (cobb-douglas) prints the recurrence's probabilities; the JSON states the CES input")
    func cobbDouglas() throws {
        let plain = try CommandRunner.run(["simulate", "--runs", "1000", "--seed", "3", "--format", "json"])
        let ces = try CommandRunner.run(
            ["simulate", "--runs", "1000", "--seed", "3", "--substitution", "cobb-douglas", "--format", "json"])
        #expect(plain.status == 0 && ces.status == 0, "\(ces.standardError)")
        func conditions(_ text: String) throws -> [Double?] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return (object["conditions"] as? [[String: Any]] ?? []).map { $0["probability"] as? Double }
        }
        #expect(try conditions(plain.standardOutput) == conditions(ces.standardOutput))
        // Without --substitution the field is null (the JSON contract keeps every field).
        func bottleneck(_ text: String) throws -> Any? {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let parameters = try #require(object["parameters"] as? [String: Any])
            return parameters["computeBottleneck"]
        }
        #expect(try bottleneck(ces.standardOutput) is [String: Any])
        let none = try bottleneck(plain.standardOutput)
        #expect(none == nil || none is NSNull)
        let frontier = try CommandRunner.run(
            ["simulate", "--runs", "500", "--seed", "3", "--substitution", "whitfill-wu-2025-frontier"])
        #expect(frontier.standardOutput.contains("CES research input sigma"), "\(frontier.standardError)")
    }

    @Test(
        "bad CES options exit 64 naming the option",
        arguments: [
            (["--substitution", "0"], "--substitution"), (["--substitution=-0.1"], "--substitution"),
            (["--substitution", "nope"], "--substitution"), (["--compute-growth", "0.5"], "--compute-growth"),
            (["--substitution", "2", "--compute-weight", "1"], "--compute-weight"),
        ])
    func refused(arguments: [String], flag: String) throws {
        let outcome = try CommandRunner.run(["simulate", "--runs", "10"] + arguments)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.hasPrefix("rdfit: error: \(flag)"), "\(outcome.standardError)")
    }
}

/// `rdfit estimate --compute-substitution SIGMA`: the CES verdict row.
@Suite("rdfit estimate --compute-substitution")
struct EstimateComputeSubstitutionCommandTests {
    @Test("the row states the verdict in JSON and text; σ ≤ 0 exits 64 naming the option")
    func row() throws {
        let base = ["estimate", "Data/computer-vision.csv", "--seed", "2", "--replicates", "200"]
        let outcome = try CommandRunner.run(base + ["--compute-substitution", "0.5", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(object["adjusted"] as? [[String: Any]])
        let row = try #require(rows.first { $0["name"] as? String == "compute-substitution" })
        // σ < 1: no r to report, so no P(r > 1) beside it (null); the description says why.
        #expect((row["r"] as? [String: Any])?["probabilityAboveOne"] is NSNull)
        #expect((row["description"] as? String)?.contains("complements") == true)
        // The verdict is the CES row's certain answer, not withheld for the undefined r.
        #expect((object["verdict"] as? String)?.contains("no long-run explosion") == true, "\(object["verdict"] ?? "")")
        let text = try CommandRunner.run(base + ["--compute-substitution", "whitfill-wu-2025"])
        #expect(text.standardOutput.contains("σ = 2.58 > 1 (substitutes)"), "\(text.standardError)")
        let bad = try CommandRunner.run(base + ["--compute-substitution", "0"])
        #expect(bad.status == 64 && bad.standardError.hasPrefix("rdfit: error: --compute-substitution"))
    }
}
