import Foundation
import RDFitTestSupport
import Testing

/// Bias, standard error and median in every format; `--save-draws`; the per-quantity CSV.
@Suite("rdfit estimate: draw summaries, --save-draws and the per-quantity CSV")
struct ReportSummaryCommandTests {
    /// A saved draws file: its comment lines, header and columns.
    struct SavedDraws {
        let comments: [String]
        let header: [String]
        let columns: [String: [Double]]

        init(path: String) throws {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            comments = lines.filter { $0.hasPrefix("#") }
            let body = lines.filter { !$0.hasPrefix("#") }
            header = body.first?.split(separator: ",").map(String.init) ?? []
            var columns: [String: [Double]] = [:]
            for line in body.dropFirst() {
                for (name, cell) in zip(header, line.split(separator: ",", omittingEmptySubsequences: false)) {
                    columns[name, default: []].append(Double(cell) ?? .nan)
                }
            }
            self.columns = columns
        }
    }

    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
    static func standardDeviation(_ x: [Double]) -> Double {
        let m = mean(x)
        return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)).squareRoot()
    }
    static func median(_ x: [Double]) -> Double {
        let s = x.sorted(), h = Double(s.count - 1) / 2
        return (s[Int(h.rounded(.down))] + s[Int(h.rounded(.up))]) / 2
    }
    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    static func temporaryPath(_ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-draws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    static func run(_ arguments: [String]) throws -> String {
        let outcome = try CommandRunner.run(arguments)
        #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        return outcome.standardOutput
    }

    /// CSV rows keyed by quantity (numeric rows hold no quoted fields).
    static func csvRows(_ text: String) -> (header: String, rows: [String: [String]]) {
        let lines = text.split(separator: "\n").map(String.init)
        var rows: [String: [String]] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if rows[cells[0]] == nil { rows[cells[0]] = cells }
        }
        return (lines.first ?? "", rows)
    }

    static let columns = [
        "quantity", "estimate", "lower", "upper", "level", "method", "standardError", "bias", "median", "note",
    ]

    @Test("steady-state: JSON bias, standard error and median are those of the saved bootstrap replicates")
    func steadyStateSummaryMatchesSavedDraws() throws {
        let path = try Self.temporaryPath("draws.csv")
        let text = try Self.run([
            "estimate", "Data/computer-vision.csv", "--seed", "7", "--replicates", "300", "--format", "json",
            "--save-draws", path,
        ])
        let json = try JSONValue.parse(text)
        let saved = try SavedDraws(path: path)
        #expect(saved.comments.first == "# rdfit draws: bootstrapReplicates")
        #expect(saved.header == ["r"])
        let r = try #require(saved.columns["r"])
        #expect(r.count == 300)
        let estimate = try #require(json["r"]?["estimate"]?.number)
        #expect(Self.close(json["r"]?["bias"]?.number, Self.mean(r) - estimate, 1e-9))
        #expect(Self.close(json["r"]?["standardError"]?.number, Self.standardDeviation(r), 1e-9))
        #expect(Self.close(json["r"]?["median"]?.number, Self.median(r)))
        #expect(json["draws"]?["kind"]?.string == "bootstrapReplicates")
        // The saved file is what simulate --r-draws reads.
        let simulated = try CommandRunner.run(["simulate", "--r-draws", path, "--runs", "100", "--seed", "1"])
        #expect(simulated.status == 0, "\(simulated.standardError)")
    }

    @Test("Jones: the saved replicates have columns r, lambda, beta with r = λ/β; λ and β carry bootstrap summaries")
    func jonesDraws() throws {
        let path = try Self.temporaryPath("jones-draws.csv")
        let arguments = [
            "estimate", "Tests/Fixtures/good/jones.csv", "--method", "jones-ols", "--output", "quality", "--seed", "1",
            "--replicates", "200",
        ]
        let json = try JSONValue.parse(try Self.run(arguments + ["--format", "json", "--save-draws", path]))
        let saved = try SavedDraws(path: path)
        #expect(saved.header == ["r", "lambda", "beta"])
        let r = try #require(saved.columns["r"]), lambda = try #require(saved.columns["lambda"]),
            beta = try #require(saved.columns["beta"])
        #expect(!r.isEmpty && r.count == lambda.count && r.count == beta.count)
        for i in r.indices { #expect(abs(r[i] - lambda[i] / beta[i]) <= 1e-12 * max(1, abs(r[i]))) }
        for name in ["lambda", "beta"] {
            let p = try #require(json[name])
            #expect(p["standardErrorMethod"]?.string == "hac")
            #expect(p["bias"]?.number?.isFinite == true, "\(name) bias")
            #expect(p["bootstrapStandardError"]?.number ?? 0 > 0, "\(name) bootstrap s.e.")
            #expect(p["median"]?.number?.isFinite == true, "\(name) median")
        }
        // Text, Markdown and CSV show the same figures.
        let table = try Self.run(arguments)
        #expect(table.contains("bootstrap of r: bias") && table.contains("bootstrap bias"))
        let markdown = try Self.run(arguments + ["--format", "markdown"])
        #expect(markdown.contains("Bootstrap of r: bias") && markdown.contains("| bootstrap bias |"))
        let csv = Self.csvRows(try Self.run(arguments + ["--format", "csv"]))
        #expect(csv.header == Self.columns.joined(separator: ","))
        let bias = Self.columns.firstIndex(of: "bias")!, se = Self.columns.firstIndex(of: "standardError")!
        #expect(Self.close(Double(csv.rows["r"]?[bias] ?? ""), json["r"]?["bias"]?.number ?? .nan))
        #expect(Self.close(Double(csv.rows["lambda"]?[se] ?? ""), json["lambda"]?["standardError"]?.number ?? .nan))
        #expect(
            Self.close(
                Double(csv.rows["beta.bootstrap"]?[se] ?? ""), json["beta"]?["bootstrapStandardError"]?.number ?? .nan))
        #expect(Self.close(Double(csv.rows["lambda.bootstrap"]?[bias] ?? ""), json["lambda"]?["bias"]?.number ?? .nan))
        for name in ["r.percentile", "r.basic", "r.normal", "r.bca", "input.input.growthRate", "seed"] {
            #expect(csv.rows[name] != nil, "\(name) row")
        }
    }

    @Test(
        "Bayes: posterior draws saved with λ and β; bias is null; s.d. and median from the draws; sampler rows in CSV")
    func bayesDraws() throws {
        let path = try Self.temporaryPath("posterior.csv")
        let arguments = [
            "estimate", "Data/computer-vision.csv", "--method", "bayes-endpoint", "--chains", "2", "--draws", "300",
            "--warmup", "200", "--seed", "5",
        ]
        let json = try JSONValue.parse(try Self.run(arguments + ["--format", "json", "--save-draws", path]))
        let saved = try SavedDraws(path: path)
        #expect(saved.comments.first == "# rdfit draws: posteriorDraws")
        #expect(saved.header == ["r", "lambda", "beta"])
        let r = try #require(saved.columns["r"])
        #expect(r.count == 600)
        #expect(json["r"]?["bias"] == .null)
        #expect(Self.close(json["r"]?["standardError"]?.number, Self.standardDeviation(r), 1e-9))
        #expect(Self.close(json["r"]?["median"]?.number, Self.median(r)))
        #expect(json["beta"]?["standardErrorMethod"]?.string == "posterior")
        #expect(
            Self.close(
                json["beta"]?["standardError"]?.number, Self.standardDeviation(saved.columns["beta"] ?? []), 1e-9))
        let csv = Self.csvRows(try Self.run(arguments + ["--format", "csv"]))
        for name in [
            "r", "lambda", "beta", "sampler.rHatR", "sampler.effectiveSampleSizeR", "sampler.acceptanceRate", "r.q05",
        ] {
            #expect(csv.rows[name] != nil, "\(name) row")
        }
        #expect(csv.rows["r"]?[Self.columns.firstIndex(of: "method")!] == "posterior")
        let table = try Self.run(arguments)
        #expect(table.contains("posterior of r: s.d."))
    }

    @Test("--method mle: draw summaries in JSON and CSV; --save-draws writes the first set of draws")
    func seriesDraws() throws {
        let path = try Self.temporaryPath("mle.csv")
        let base = ["estimate", "Data/series/chess-stockfish.csv", "--seed", "2"]
        let json = try JSONValue.parse(
            try Self.run(base + ["--replicates", "10", "--format", "json", "--save-draws", path]))
        let first = try #require(json["draws"]?.array?.first)
        let saved = try SavedDraws(path: path)
        let r = try #require(saved.columns["r"])
        #expect(r.count == Int(first["count"]?.number ?? -1))
        let estimate = try #require(json["r"]?["estimate"]?.number)
        #expect(Self.close(first["bias"]?.number, Self.mean(r) - estimate, 1e-9))
        #expect(Self.close(first["standardError"]?.number, Self.standardDeviation(r), 1e-9))
        let csv = Self.csvRows(try Self.run(base + ["--replicates", "10", "--format", "csv"]))
        #expect(csv.header == Self.columns.joined(separator: ","))
        #expect(csv.rows["r.draws.transition-bootstrap"] != nil && csv.rows["lambda"] != nil)
        // Without bootstrap replicates the fit still has its Wald-normal draws, and saves those.
        let wald = try Self.temporaryPath("wald.csv")
        _ = try Self.run(base + ["--replicates", "0", "--save-draws", wald])
        #expect(try SavedDraws(path: wald).comments.first == "# rdfit draws: parametricDraws (wald-normal)")
    }

    @Test("--save-draws refuses a directory with exit 73, before printing anything")
    func saveDrawsRefusesDirectory() throws {
        let outcome = try CommandRunner.run([
            "estimate", "Data/computer-vision.csv", "--replicates", "50", "--save-draws",
            FileManager.default.temporaryDirectory.path,
        ])
        #expect(outcome.status == 73)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test("the sensitivity CSV holds the two-way grid, one row per cell")
    func sensitivityGrid() throws {
        let arguments = [
            "sensitivity", "Data/computer-vision.csv", "--replicates", "50", "--points", "3", "--seed", "1", "--vary",
            "doubling-time=4:25", "--vary", "compute-share=0.2:0.6",
        ]
        let json = try JSONValue.parse(try Self.run(arguments + ["--format", "json"]))
        let csv = try Self.run(arguments + ["--format", "csv"]).split(separator: "\n").map(String.init)
        #expect(csv.first?.hasSuffix(",columnAssumption,columnValue") == true)
        let grid = csv.filter { $0.hasPrefix("grid,") }.map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let medians = try #require(json["grid"]?["median"]?.array)
        #expect(grid.count == medians.count * (medians.first?.array?.count ?? 0))
        #expect(grid.count == 9)
        let flat = medians.flatMap { $0.array ?? [] }.map { $0.number }
        for (cells, median) in zip(grid, flat) { #expect(Double(cells[5]) == median) }
    }
}
