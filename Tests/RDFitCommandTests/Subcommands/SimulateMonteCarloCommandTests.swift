import Foundation
import Testing

/// `rdfit simulate --runs N`: the automation-loop Monte Carlo from the built binary.
@Suite("rdfit simulate --runs")
struct SimulateMonteCarloCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let outcome = try CommandRunner.run(
            ["simulate", "--runs", "2000", "--seed", "11"] + arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    @Test("JSON lists each condition with probability and standard error, the quantiles and the parameters")
    func jsonKeys() throws {
        let object = try json(["--compress", "5:6"])
        let conditions = try #require(object["conditions"] as? [[String: Any]])
        #expect(conditions.count == 5)
        for condition in conditions {
            for key in ["years", "months", "probability", "standardError"] {
                #expect(condition[key] is Double, "\(key) in \(condition)")
            }
        }
        #expect(conditions.last?["years"] as? Double == 5 && conditions.last?["months"] as? Double == 6)
        #expect((object["yearsCompressedInTwelveMonths"] as? [[String: Any]])?.count == 5)
        let parameters = try #require(object["parameters"] as? [String: Any])
        #expect(parameters["runs"] as? Int == 2000 && parameters["seed"] as? Int == 11)
        #expect(parameters["softwareShare"] as? Double == 0.5)
    }

    @Test("the same seed gives the same output, for any thread count")
    func seeded() throws {
        let one = try CommandRunner.run(
            ["simulate", "--runs", "3000", "--seed", "5"], environment: ["RDFIT_THREADS": "1"])
        let two = try CommandRunner.run(
            ["simulate", "--runs", "3000", "--seed", "5"], environment: ["RDFIT_THREADS": "2"])
        #expect(one.status == 0 && one.standardOutput == two.standardOutput)
        #expect(one.standardOutput.contains("≥ 10 years in ≤ 12 months"))
    }

    @Test(
        "bad input exits 64 naming the option",
        arguments: [
            (["--speed-up", "32:2"], "--speed-up"), (["--r", "0:3"], "--r"),
            (["--parallel-penalty=-1:1"], "--parallel-penalty"),
            (["--software-share", "1"], "--software-share"), (["--limit-years", "16:6"], "--limit-years"),
            (["--runs", "10000001"], "--runs"), (["--compress", "3"], "--compress"),
        ])
    func badInput(arguments: [String], flag: String) throws {
        let runs = arguments.contains("--runs") ? [] : ["--runs", "10"]
        let outcome = try CommandRunner.run(["simulate"] + runs + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("rdfit: error: \(flag)"), "\(outcome.standardError)")
    }

    @Test("Monte-Carlo options without --runs are refused")
    func needsRuns() throws {
        let outcome = try CommandRunner.run(["simulate", "--r", "1", "--speed-up", "2:4"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--speed-up"))
    }

    @Test("--r-draws takes r0 from a CSV column r with comment lines")
    func draws() throws {
        let path = try CommandRunner.temporaryFile("# bootstrap draws\nr\n0.9\n1.1\n2\n", name: "draws.csv")
        let object = try json(["--r-draws", path])
        let parameters = try #require(object["parameters"] as? [String: Any])
        let returns = try #require(parameters["initialReturns"] as? [String: Any])
        #expect(returns["draws"] != nil)
        let missing = try CommandRunner.temporaryFile("x\n1\n", name: "draws.csv")
        let outcome = try CommandRunner.run(["simulate", "--runs", "10", "--r-draws", missing])
        #expect(outcome.status == 65 && outcome.standardError.contains("no column r"))
    }
}
