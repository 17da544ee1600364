import Foundation
import Testing

/// `rdfit estimate` end to end for issue 9, points 2–4: one centre for an output interval, no
/// verdict where r is not identified, the Jones regression table and its HAC options.
@Suite("rdfit estimate: output interval, identification, Jones table")
struct IdentificationCommandTests {
    /// 30 years where the output's growth rises with its level and the input barely grows (β̂ < 0).
    static func acceleratingFile() throws -> String {
        var text = "year,effort,quality\n"
        for t in 0..<30 {
            let x = Double(t)
            text += "\(t),\(exp(0.01 * x + 0.2 * sin(1.3 * x))),\(exp(0.02 * x * x + 0.1 * x + 0.05 * sin(2 * x)))\n"
        }
        return try CommandRunner.temporaryFile(text)
    }

    /// The statsmodels data set of `JonesRegressionTableTests`.
    static func jonesFile() throws -> String {
        var text = "year,effort,quality\n"
        for t in 0..<30 {
            let x = Double(t)
            text += "\(t),\(exp(0.25 * x + 0.15 * cos(0.7 * x))),\(exp(0.3 * x + 0.2 * sin(x)))\n"
        }
        return try CommandRunner.temporaryFile(text)
    }

    @Test(
        "an interval on the command line without an output option is a usage error, also over a file's defaults",
        arguments: [["--interval", "4:25"], ["--interval-level", "0.9"]])
    func intervalWithoutOutput(arguments: [String]) throws {
        let outcome = try CommandRunner.run(["estimate", "Data/computer-vision.csv"] + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardOutput.isEmpty)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(outcome.standardError.contains("--growth-factor 2^(120/9)"), "\(outcome.standardError)")
    }

    @Test("a stated value outside its own interval exits 64 with one line")
    func statedOutside() throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--doubling-time", "30", "--interval", "4:25",
        ])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.contains("outside its own interval 4:25"))
    }

    @Test("the stated value moves the whole distribution, not only the point estimate")
    func oneCentre() throws {
        func percentile(_ months: String) throws -> (Double, Double) {
            let outcome = try CommandRunner.run([
                "estimate", "Data/computer-vision.csv", "--doubling-time", months, "--interval", "4:25",
                "--interval-level", "0.95", "--seed", "1", "--replicates", "1000", "--format", "json",
            ])
            let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
            let p = (object?["intervals"] as? [String: Any])?["percentile"] as? [String: Double]
            return (p?["lower"] ?? .nan, p?["upper"] ?? .nan)
        }
        // Before, both centred their draws on √(4·25) = 10 months and gave the same interval.
        let nine = try percentile("9"), ten = try percentile("10")
        #expect(nine.0 > ten.0 && nine.1 > ten.1, "\(nine) vs \(ten)")
    }

    @Test("no verdict and no P(r > 1) where r is not identified, in every format")
    func noVerdict() throws {
        let file = try Self.acceleratingFile()
        let base = [
            "estimate", file, "--output", "quality", "--input", "effort", "--method", "jones-ols", "--window", "5",
            "--seed", "2", "--replicates", "200",
        ]
        let json = try CommandRunner.run(base + ["--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        // The JSON contract keeps every field: undefined is null, never a missing key.
        #expect(object["verdict"] is NSNull)
        let r = try #require(object["r"] as? [String: Any])
        #expect(r["estimate"] is NSNull && r["probabilityAboveOne"] is NSNull)
        let codes = (object["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("r-not-identified"))
        for format in ["table", "markdown"] {
            let outcome = try CommandRunner.run(base + ["--format", format])
            #expect(outcome.standardOutput.contains("No verdict on r > 1"))
            #expect(!outcome.standardOutput.contains("P(r > 1)"))
            #expect(!outcome.standardOutput.contains("at the 90% level"))
            #expect(!outcome.standardOutput.contains("cannot tell"))
        }
    }

    @Test("with adjustments the printed verdict is about the adjusted r, not the unadjusted headline")
    func adjustedVerdict() throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--compute-share", "0.5:0.7", "--seed", "1", "--replicates", "300",
        ])
        #expect(outcome.status == 0)
        // The verdict line follows the r line and the draws' summary line.
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let verdict = try #require(lines.dropFirst(3).first { !$0.contains("bootstrap of r") })
        // Unadjusted r is 1.45 (interval above 1); the adjusted r is about 0.58.
        #expect(verdict.hasPrefix("  With the compute-share adjustment (adjusted r = 0."), "\(verdict)")
        #expect(verdict.contains("below 1") && !verdict.contains("accelerate"))
    }

    @Test("the Jones output states its regression table, kernel, lag and correction")
    func jonesTable() throws {
        let file = try Self.jonesFile()
        let base = [
            "estimate", file, "--output", "quality", "--input", "effort", "--method", "jones-ols", "--window", "5",
            "--seed", "2", "--replicates", "100",
        ]
        let text = try CommandRunner.run(base)
        #expect(text.status == 0, "\(text.standardError)")
        for piece in [
            "constant (ln θ)", "ln A (−β)", "ln Ē (λ)", "R² = 0.341, 25 windows, Durbin–Watson 0.900",
            "Bartlett kernel, lag 4, no small-sample correction", "mean input over k+1 = 6 observations",
        ] {
            #expect(text.standardOutput.contains(piece), "\(piece)")
        }
        let notebook = try CommandRunner.run(base + ["--hac-lag", "1", "--hac-correction", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(notebook.standardOutput.utf8)) as? [String: Any])
        let regression = try #require(object["regression"] as? [String: Any])
        #expect(regression["kernel"] as? String == "bartlett")
        #expect(regression["lag"] as? Int == 1)
        #expect(regression["smallSampleCorrection"] as? Bool == true)
        let coefficients = try #require(regression["coefficients"] as? [[String: Any]])
        // statsmodels, maxlags=1, use_correction=True (see JonesRegressionTableTests).
        #expect(abs((coefficients[1]["standardError"] as? Double ?? 0) - 0.08832500237029732) < 1e-9)
        let k = try CommandRunner.run(base + ["--window-mean", "k", "--format", "json"])
        let kObject = try JSONSerialization.jsonObject(with: Data(k.standardOutput.utf8)) as? [String: Any]
        let beta = (kObject?["beta"] as? [String: Any])?["estimate"] as? Double ?? .nan
        #expect(abs(beta - 0.34598186064583214) < 1e-9)
    }

    @Test("the Jones options go with --method jones-ols", arguments: [["--hac-correction"], ["--window-mean", "k"]])
    func jonesOptionsElsewhere(arguments: [String]) throws {
        let outcome = try CommandRunner.run(["estimate", "Data/computer-vision.csv"] + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("goes with --method jones-ols"))
    }
}
