import Foundation
import RDFitTestSupport
import Testing

@Suite("rdfit estimate with adjustments and plots, end to end")
struct AdjustmentCommandTests {
    static let bundled: [(file: String, extra: [String])] = [
        ("Data/computer-vision.csv", []), ("Data/atari-rl.csv", []), ("Data/sat-solvers.csv", []),
        ("Data/linear-programming.csv", []),
        ("Data/openalex-deep-learning-ai.csv", ["--doubling-time", "8", "--input", "deep_learning_country_sum"]),
    ]

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("JSON keeps r unadjusted and adds 'adjusted' entries with parameters and an r of the same shape")
    func jsonShape() throws {
        let base = ["estimate", "Data/computer-vision.csv", "--format", "json", "--seed", "4", "--replicates", "200"]
        let plain = try Self.json(try CommandRunner.run(base).standardOutput)
        let outcome = try CommandRunner.run(
            base + ["--compute-share", "2/3", "--output-multiplier", "post-training=1:2"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try Self.json(outcome.standardOutput)
        let r = try #require(object["r"] as? [String: Any])
        #expect(NSDictionary(dictionary: r).isEqual(to: try #require(plain["r"] as? [String: Any])))
        #expect(plain["adjusted"] is NSNull)
        let adjusted = try #require(object["adjusted"] as? [[String: Any]])
        #expect(adjusted.map { $0["name"] as? String } == ["compute-share", "multiplier:post-training", "all"])
        for entry in adjusted {
            let shape = try #require(entry["r"] as? [String: Any])
            #expect(Set(shape.keys) == Set(r.keys))
        }
        let compute = adjusted[0]
        #expect((compute["computeShare"] as? [String: Any])?["value"] as? Double == 2.0 / 3)
        let cut = try #require((compute["r"] as? [String: Any])?["estimate"] as? Double)
        #expect(abs(cut - (r["estimate"] as! Double) / 3) < 1e-12)
        let multiplier = try #require(adjusted[1]["multiplier"] as? [String: Any])
        #expect(
            multiplier["distribution"] as? String == "uniform" && multiplier["low"] as? Double == 1
                && multiplier["high"] as? Double == 2)
        #expect(adjusted[2]["includes"] as? [String] == ["compute-share", "multiplier:post-training"])
    }

    @Test("table, Markdown and CSV list every adjusted r", arguments: ["table", "markdown", "csv"])
    func renderers(format: String) throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/openalex-deep-learning-ai.csv", "--doubling-time", "8", "--spillover",
            "artificial_intelligence_country_sum=0.01:0.1",
            "--spillover-share", "artificial_intelligence_country_sum=0.5", "--format", format, "--seed", "3",
            "--replicates", "100",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        for name in [
            "spillover:artificial_intelligence_country_sum", "spillover-share:artificial_intelligence_country_sum",
            "all",
        ] {
            #expect(outcome.standardOutput.contains(name), "\(name) missing in \(format)")
        }
        // The spillover column is not a default input.
        #expect(!outcome.standardOutput.contains("input.artificial_intelligence_country_sum"))
    }

    @Test("--plot draws well-formed, labelled SVG of both kinds for every bundled file", arguments: bundled.map(\.file))
    func plots(file: String) throws {
        let extra = Self.bundled.first { $0.file == file }!.extra
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-plots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for kind in ["r", "inputs"] {
            let path = directory.appendingPathComponent("\(kind).svg").path
            let outcome = try CommandRunner.run(
                [
                    "estimate", file, "--replicates", "100", "--seed", "1", "--compute-share", "0.59:0.67:0.75",
                    "--plot", path, "--plot-kind", kind,
                ] + extra)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let svg = try #require(
                SVGTree.parse(try Data(contentsOf: URL(fileURLWithPath: path))), "\(file) \(kind) is not well-formed")
            #expect(
                svg.ids.contains("chart-title") && svg.classes.contains("axis-x") && svg.classes.contains("axis-y")
                    && svg.classes.contains("legend"))
            if kind == "r" {
                #expect(
                    svg.ids.contains("marker-r-equals-1") && svg.ids.contains("interval")
                        && svg.ids.contains("marker-adjusted-estimate"))
                #expect(svg.text.contains("Returns to software R&D"))
            } else {
                #expect(svg.text.contains("Level ÷ first-year value (log scale)"))
                #expect(svg.classes.contains("fit") && svg.text.contains("g_A"))
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test("with ranged spillovers and adjustments the same seed gives byte-identical JSON, whatever RDFIT_THREADS")
    func threadIndependence() throws {
        let arguments = [
            "estimate", "Data/openalex-deep-learning-ai.csv", "--doubling-time", "8", "--interval", "5:14",
            "--spillover", "artificial_intelligence_country_sum=0.01:0.05:0.1",
            "--compute-share", "0.59:0.67:0.75", "--format", "json", "--seed", "12", "--replicates", "300",
        ]
        let one = try CommandRunner.run(arguments, environment: ["RDFIT_THREADS": "1"])
        let three = try CommandRunner.run(arguments, environment: ["RDFIT_THREADS": "3"])
        #expect(one.status == 0, "\(one.standardError)")
        #expect(one.standardOutput == three.standardOutput)
    }

    @Test("an undefined adjusted r is reported with a diagnostic, not a silent null")
    func undefinedAdjusted() throws {
        let path = try CommandRunner.temporaryFile("year,own,other\n0,1,10\n1,2,9\n2,4,7\n3,8,4\n4,16,2\n")
        let outcome = try CommandRunner.run([
            "estimate", path, "--input", "own", "--doubling-time", "12", "--spillover-share", "other=0.9",
            "--replicates", "50", "--seed", "1", "--format", "json",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let adjusted = try #require(try Self.json(outcome.standardOutput)["adjusted"] as? [[String: Any]])
        let codes = (adjusted[0]["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(codes.contains("non-positive-effective-input-growth"))
    }

    @Test("factor adjustments and plots work with jones-ols; spillovers ask for steady-state")
    func jones() throws {
        // A noisy Jones-like series: A grows with E, 20 years.
        var rows = ["year,E,A,O"]
        var a = 1.0
        for t in 0..<20 {
            let e = 100 * exp(0.3 * Double(t)) * (1 + 0.05 * sin(Double(t) * 1.7))
            a *= exp(0.2 + 0.02 * cos(Double(t) * 2.3) + 0.001 * Double(t))
            rows.append("\(t),\(e),\(a),\(50 + Double(t))")
        }
        let path = try CommandRunner.temporaryFile(rows.joined(separator: "\n") + "\n")
        let svg = path + ".svg"
        let base = [
            "estimate", path, "--method", "jones-ols", "--output", "A", "--input", "E", "--window", "5", "--replicates",
            "100", "--seed", "3",
        ]
        let outcome = try CommandRunner.run(
            base + ["--compute-share", "0.5", "--format", "json", "--plot", svg, "--plot-kind", "inputs"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try Self.json(outcome.standardOutput)
        let r = try #require((object["r"] as? [String: Any])?["estimate"] as? Double)
        let adjusted = try #require((object["adjusted"] as? [[String: Any]])?.first?["r"] as? [String: Any])
        #expect(abs((adjusted["estimate"] as? Double ?? 0) - r / 2) < 1e-12)
        #expect(SVGTree.parse(try Data(contentsOf: URL(fileURLWithPath: svg))) != nil)
        let spillover = try CommandRunner.run(base + ["--spillover", "O=0.1"])
        #expect(spillover.status == 64)
        #expect(spillover.standardError.contains("steady-state"), "\(spillover.standardError)")
    }

    @Test("an unwritable plot path is one line, exit 73, nothing on stdout and no file left behind")
    func unwritablePlot() throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--replicates", "50", "--plot", "/etc/hostname/r.svg",
        ])
        #expect(outcome.status == 73)
        #expect(outcome.standardOutput.isEmpty)
        #expect(
            outcome.standardError.split(separator: "\n").count == 1
                && outcome.standardError.contains("/etc/hostname/r.svg"))
        let missingDirectory = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--replicates", "50", "--plot", "/no/such/dir/r.svg",
        ])
        #expect(missingDirectory.status == 73 && missingDirectory.standardError.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: "/no/such/dir/r.svg"))
    }
}
