import Foundation
import Testing

@Suite("rdfit estimate, end to end")
struct EstimateCommandTests {
    static let bundled = ["computer-vision", "atari-rl", "sat-solvers", "linear-programming"]

    @Test("every bundled domain file runs with no flags at all", arguments: bundled)
    func bundledFileRunsWithoutFlags(domain: String) throws {
        let outcome = try CommandRunner.run(["estimate", "Data/\(domain).csv", "--replicates", "200"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("r = "))
        #expect(outcome.standardOutput.contains("seed "))
    }

    @Test("JSON carries the documented contract")
    func jsonContract() throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--format", "json", "--seed", "11", "--replicates", "200",
        ])
        #expect(outcome.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "steady-state")
        let r = try #require(object["r"] as? [String: Any])
        for key in ["estimate", "lower", "upper", "level", "probabilityAboveOne"] { #expect(r[key] != nil, "r.\(key)") }
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        for key in ["name", "growthRate", "standardError", "weight"] {
            #expect(inputs[0][key] != nil, "inputs[].\(key)")
        }
        let output = try #require(object["output"] as? [String: Any])
        #expect(output["growthRate"] != nil && output["doublingTimeMonths"] != nil)
        let bootstrap = try #require(object["bootstrap"] as? [String: Any])
        for key in ["scheme", "replicates", "failedReplicates", "intervalMethod"] {
            #expect(bootstrap[key] != nil, "bootstrap.\(key)")
        }
        #expect(object["seed"] as? Int == 11)
        #expect(object["diagnostics"] is [Any])
        // Endpoint growth on computer vision: r = ln(2^(120/9))/10 ÷ (ln(34543/111)/9) exactly.
        let closedForm = (log(pow(2, 120.0 / 9)) / 10) / (log(34543.0 / 111) / 9)
        #expect(abs((r["estimate"] as? Double ?? 0) - closedForm) < 1e-12)
    }

    @Test("the same seed gives byte-identical JSON, whatever RDFIT_THREADS")
    func byteIdenticalJSON() throws {
        let arguments = [
            "estimate", "Data/atari-rl.csv", "--doubling-time", "11", "--interval", "5:24", "--growth", "least-squares",
            "--format", "json", "--seed", "42", "--replicates", "300",
        ]
        let first = try CommandRunner.run(arguments, environment: ["RDFIT_THREADS": "1"])
        let second = try CommandRunner.run(arguments, environment: ["RDFIT_THREADS": "2"])
        let third = try CommandRunner.run(arguments, environment: ["RDFIT_THREADS": "3"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput == third.standardOutput)
    }

    @Test("command-line options override the file's defaults")
    func flagsOverrideDefaults() throws {
        let defaults = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--format", "json", "--seed", "1", "--replicates", "100",
        ])
        let overridden = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--doubling-time", "18", "--format", "json", "--seed", "1",
            "--replicates", "100",
        ])
        func growth(_ text: String) throws -> Double {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            return (object?["output"] as? [String: Any])?["growthRate"] as? Double ?? .nan
        }
        #expect(abs(try growth(overridden.standardOutput) - log(2) / 1.5) < 1e-12)
        #expect(abs(try growth(defaults.standardOutput) - log(pow(2, 120.0 / 9)) / 10) < 1e-12)
    }

    @Test("every output format renders", arguments: ["table", "json", "csv", "markdown"])
    func formats(format: String) throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/linear-programming.csv", "--format", format, "--seed", "5", "--replicates", "100",
        ])
        #expect(outcome.status == 0)
        #expect(!outcome.standardOutput.isEmpty)
        if format == "csv" {
            #expect(
                outcome.standardOutput.hasPrefix(
                    "quantity,estimate,lower,upper,level,method,standardError,bias,median,note\n"))
        }
    }
}
