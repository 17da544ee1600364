import Foundation
import RDFit
import Testing

@testable import RDFitCommand

@Suite("rdfit reproduce: a miss names its rows")
struct ReproduceMissesTests {
    /// A copy of the bundled `Data/` folder whose worked-examples reference has two published
    /// values moved far from what the report's arithmetic gives.
    static func perturbedData() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-misses-\(UUID().uuidString)")
        let reference = directory.appendingPathComponent("reference")
        try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
        let original = CommandRunner.packageRoot.appendingPathComponent("Data/reference")
        for name in try FileManager.default.contentsOfDirectory(atPath: original.path) {
            var text = try String(contentsOf: original.appendingPathComponent(name), encoding: .utf8)
            if name == "eth-davidson-2025-worked-examples.csv" {
                text = text.replacingOccurrences(of: "r3.doubling-2,19,", with: "r3.doubling-2,25,")
                    .replacingOccurrences(of: "r0.7.doubling-3,55,", with: "r0.7.doubling-3,65,")
            }
            try Data(text.utf8).write(to: reference.appendingPathComponent(name))
        }
        return directory.path
    }

    @Test("two rows outside tolerance: the table is printed, stderr names both on one line, exit 1")
    func missesNamed() throws {
        let data = try Self.perturbedData()
        let outcome = try CommandRunner.run(["reproduce", "worked-examples", "--data", data])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("fail"))
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(outcome.standardError)")
        let line = try #require(lines.first.map(String.init))
        #expect(line.hasPrefix("rdfit: 2 rows outside tolerance: worked-examples "), "\(line)")
        #expect(!line.contains("ExitCode"))
        // Both failing rows, by their labels in the table.
        let json = try CommandRunner.run(["reproduce", "worked-examples", "--data", data, "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let rows = try #require((object["tables"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]])
        let failing = rows.filter { $0["status"] as? String == "fail" }.compactMap { $0["label"] as? String }
        #expect(failing.count == 2)
        for label in failing { #expect(line.contains("worked-examples \(label)"), "\(label) not in \(line)") }
    }

    @Test("table4-endpoint --draws 100: never 'ExitCode(rawValue: 1)'; a miss is named, a pass is silent")
    func quickEndpointRun() throws {
        for seed in ["2024", "6"] {
            let outcome = try CommandRunner.run(["reproduce", "table4-endpoint", "--draws", "100", "--seed", seed])
            #expect(!outcome.standardError.contains("ExitCode"), "\(outcome.standardError)")
            #expect(!outcome.standardError.contains("error"), "\(outcome.standardError)")
            if outcome.status == 0 {
                #expect(outcome.standardError.isEmpty)
            } else {
                #expect(outcome.status == 1)
                #expect(outcome.standardError.hasPrefix("rdfit: "))
                #expect(outcome.standardError.contains("outside tolerance: table4-endpoint "))
            }
        }
    }

    @Test("the summary counts every miss and names at most eight")
    func summaryTruncates() throws {
        let rows = (1...10).map {
            ReproductionRow(label: "row \($0)", published: 1, computed: 2, tolerance: 0.1, note: "")
        }
        let passing = ReproductionRow(label: "fine", published: 1, computed: 1, tolerance: 0.1, note: "")
        let table = ReproductionTable(id: "t", title: "T", method: "m", rows: rows + [passing], notes: [])
        let message = try #require(ReproductionMisses.message([table]))
        #expect(message.hasPrefix("rdfit: 10 rows outside tolerance: t row 1; t row 2;"))
        #expect(message.hasSuffix("t row 8; and 2 more"))
        #expect(!message.contains("fine"))
        #expect(
            ReproductionMisses.message([ReproductionTable(id: "t", title: "T", method: "m", rows: [passing], notes: [])]
            ) == nil)
    }
}
