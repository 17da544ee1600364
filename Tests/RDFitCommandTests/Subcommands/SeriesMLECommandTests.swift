import Foundation
import RDFitTestSupport
import Testing

/// `rdfit estimate --method mle` run as a program (Gaussian noise only: stable fits take minutes).
@Suite("rdfit estimate --method mle, end to end")
struct SeriesMLECommandTests {
    @Test("the chess file runs by its own defaults and its JSON carries the documented keys")
    func chessJSON() throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/series/chess-stockfish.csv", "--noise", "gaussian", "--format", "json", "--seed", "3",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "mle")
        #expect(object["logLikelihood"] is Double)
        #expect(object["aic"] is Double)
        for name in ["r", "lambda", "beta", "alpha"] {
            let quantity = try #require(object[name] as? [String: Any], "\(name)")
            for key in ["estimate", "lower", "upper", "standardError"] {
                #expect(quantity.keys.contains(key), "\(name).\(key)")
            }
        }
        let r = try #require(object["r"] as? [String: Any])
        #expect(r["estimate"] is Double)
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.compactMap { $0["hypothesis"] as? String } == ["lambda = 0", "r = 1"])
        for test in tests {
            for key in ["statistic", "degreesOfFreedom", "pValue"] { #expect(test[key] != nil, "tests[].\(key)") }
        }
        let convergence = try #require(object["convergence"] as? [String: Any])
        #expect(convergence["criterion"] is String && convergence["gradientNorm"] is Double)
        #expect(object["holdOut"] is [String: Any])
    }

    @Test("the table names r's interval, the tests and the convergence")
    func chessTable() throws {
        let outcome = try CommandRunner.run(["estimate", "Data/series/chess-stockfish.csv", "--seed", "3"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        for fragment in ["mle, gaussian noise", "r = ", "lambda = 0", "r = 1", "log-likelihood", "convergence:"] {
            #expect(outcome.standardOutput.contains(fragment), "\(fragment)")
        }
    }

    @Test("a non-positive level is one line naming file:line:column, exit 65")
    func nonPositiveLevel() throws {
        let rows = (0..<12).map { "\(2010 + $0),\($0 == 4 ? 0 : $0 + 1),5" }.joined(separator: "\n")
        let path = try CommandRunner.temporaryFile("year,quality,effort\n" + rows + "\n")
        let outcome = try CommandRunner.run(["estimate", path, "--method", "mle", "--output", "quality"])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("\(path):6:2"), "\(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test("an input that does not cover the output is a located data error, exit 65")
    func inputDoesNotCover() throws {
        let rows = (0..<12).map { "\(2010 + $0),\($0 + 1),\($0 < 10 ? "5" : "")" }.joined(separator: "\n")
        let path = try CommandRunner.temporaryFile("year,quality,effort\n" + rows + "\n")
        let outcome = try CommandRunner.run(["estimate", path, "--method", "mle", "--output", "quality"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("\(path):"), "\(outcome.standardError)")
    }

    @Test("adjustments and the r plot work for mle as for every estimator; spillovers are refused")
    func adjustmentsAndPlot() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-mle-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let svgPath = directory.appendingPathComponent("r.svg").path
        let outcome = try CommandRunner.run([
            "estimate", "Data/series/chess-stockfish.csv", "--seed", "3", "--holdout", "0", "--compute-share", "0.5",
            "--format", "json", "--plot", svgPath,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let r = try #require((object["r"] as? [String: Any])?["estimate"] as? Double)
        let adjusted = try #require(object["adjusted"] as? [[String: Any]])
        #expect(adjusted.first?["name"] as? String == "compute-share")
        let adjustedR = try #require((adjusted.first?["r"] as? [String: Any])?["estimate"] as? Double)
        #expect(abs(adjustedR - 0.5 * r) < 1e-9 * max(1, abs(r)))
        #expect(object["probabilityAboveOne"] is Double)
        #expect(object["drawsKind"] as? String == "wald-normal")
        let svg = try #require(SVGTree.parse(try Data(contentsOf: URL(fileURLWithPath: svgPath))))
        #expect(svg.ids.contains("marker-r-equals-1") && svg.ids.contains("marker-adjusted-estimate"))
        #expect(svg.text.contains("1000 wald-normal draws"))

        let table = try CommandRunner.run([
            "estimate", "Data/series/chess-stockfish.csv", "--seed", "3", "--holdout", "0", "--compute-share", "0.5",
        ])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.contains("adjusted r") && table.standardOutput.contains("(unadjusted)"))

        let spillover = try CommandRunner.run([
            "estimate", "Data/series/chess-stockfish.csv", "--spillover", "distinct_authors=0.1",
        ])
        #expect(spillover.status == 64)
        #expect(spillover.standardError.contains("--spillover") && spillover.standardError.contains("steady-state"))

        let inputs = try CommandRunner.run([
            "estimate", "Data/series/chess-stockfish.csv", "--plot", svgPath, "--plot-kind", "inputs",
        ])
        #expect(inputs.status == 64)
    }

    @Test("ISO dates in the year column: a fit on dated rows, and a bad date located at file:line:column")
    func isoDates() throws {
        let rows = (0..<14).map { k in
            "\(2010 + k)-0\(1 + k % 9)-15,\(pow(1.25, Double(k)) * (1 + 0.03 * sin(Double(k)))),\(10 + k * k)"
        }
        let good = try CommandRunner.temporaryFile("year,quality,effort\n" + rows.joined(separator: "\n") + "\n")
        let fitted = try CommandRunner.run([
            "estimate", good, "--method", "mle", "--output", "quality", "--holdout", "0", "--seed", "1",
        ])
        #expect(fitted.status == 0, "\(fitted.standardError)")
        #expect(fitted.standardOutput.contains("13 transitions"), "\(fitted.standardOutput)")
        var bad = rows
        bad[5] = "2015-02-29,2,15"
        let path = try CommandRunner.temporaryFile("year,quality,effort\n" + bad.joined(separator: "\n") + "\n")
        let outcome = try CommandRunner.run(["estimate", path, "--method", "mle", "--output", "quality"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("\(path):7:1"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("2015-02-29"))
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }
}
