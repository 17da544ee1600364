import Foundation
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
}
