import Foundation
import Testing

@testable import RDFit

/// The CSV files under `Data/`: each parses with `DataTable.parse`, has the source's rows, carries its
/// `# rdfit:` defaults, and matches the project's collected originals (`shared/data/`, beside the
/// repository), which are read here with a plain comma split (they have no quoted numeric cells).
@Suite struct BundledDataTests {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = repositoryRoot.appendingPathComponent("Data")
    /// `shared/data` beside the repository (present on developers' machines and in CI).
    static let sharedData = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let sharedDataExists = FileManager.default.fileExists(
        atPath: sharedData.appendingPathComponent("SOURCES.md").path)

    static func table(_ name: String) throws -> DataTable {
        let bytes = try [UInt8](Data(contentsOf: dataDirectory.appendingPathComponent(name)))
        return try DataTable.parse(bytes: bytes)
    }

    /// Rows of a shared original as dictionaries keyed by header name.
    static func sharedRows(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: sharedData.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }

    struct Domain: Sendable, CustomStringConvertible {
        let file: String
        let domain: String
        let rows: Int
        let defaults: String
        var description: String { file }
    }

    static let domains: [Domain] = [
        Domain(
            file: "computer-vision.csv", domain: "computer-vision", rows: 10,
            defaults: "rdfit: --growth-factor 2^(120/9) --over 10 --growth endpoints"),
        Domain(
            file: "atari-rl.csv", domain: "atari-rl", rows: 5,
            defaults: "rdfit: --growth-factor 2^(60/11) --over 5 --growth endpoints"),
        Domain(
            file: "sat-solvers.csv", domain: "sat-solvers", rows: 22,
            defaults: "rdfit: --growth-factor 2^(21/2) --over 21 --growth endpoints --years 0:20"),
        Domain(
            file: "linear-programming.csv", domain: "linear-programming", rows: 21,
            defaults: "rdfit: --growth-factor 9 --over 20 --growth endpoints --years 0:19"),
    ]

    @Test(arguments: domains)
    func domainFileParses(domain: Domain) throws {
        let table = try Self.table(domain.file)
        #expect(table.columnNames == ["year", "unique_authors"])
        #expect(table.years == (0..<domain.rows).map(Double.init))
        #expect(!table.wasReordered)
        let authors = try table.column(named: "unique_authors").values
        #expect(authors.allSatisfy { $0 != nil && $0! > 0 })
        #expect(table.comments.filter { $0.text.hasPrefix("rdfit:") }.map(\.text) == [domain.defaults])
        #expect(table.comments.contains { $0.text.contains("years since the first year") })
    }

    @Test(arguments: domains)
    func defaultGrowthFactorEvaluates(domain: Domain) throws {
        let words = domain.defaults.split(separator: " ").map(String.init)
        let position = try #require(words.firstIndex(of: "--growth-factor"))
        let factor = try ArithmeticExpression.evaluate(words[position + 1])
        #expect(factor > 1 && factor.isFinite)
    }

    @Test func spotValues() throws {
        #expect(try Self.table("computer-vision.csv").column(named: "unique_authors").values.first == 111)
        #expect(try Self.table("computer-vision.csv").column(named: "unique_authors").values.last == 34543)
        #expect(try Self.table("sat-solvers.csv").column(named: "unique_authors").values[21] == 655)
        #expect(try Self.table("linear-programming.csv").column(named: "unique_authors").values[20] == 6707)
        #expect(try Self.table("atari-rl.csv").column(named: "unique_authors").values[4] == 20041)
        let openAlex = try Self.table("openalex-deep-learning-ai.csv")
        #expect(openAlex.years == (2010...2020).map(Double.init))
        #expect(try openAlex.column(named: "deep_learning_country_sum").values.first == 250)
        #expect(try openAlex.column(named: "artificial_intelligence_country_sum").values.last == 743135)
        #expect(!openAlex.comments.contains { $0.text.hasPrefix("rdfit:") })
    }

    @Test(.enabled(if: sharedDataExists), arguments: domains)
    func domainFileMatchesOriginal(domain: Domain) throws {
        let original = try Self.sharedRows("epoch2024_single_endpoint_inputs.csv").filter {
            $0["domain"] == domain.domain
        }
        let table = try Self.table(domain.file)
        #expect(table.years == original.map { Double($0["t"]!)! })
        #expect(try table.column(named: "unique_authors").values == original.map { Double($0["unique_authors"]!)! })
        let output = try Self.sharedRows("epoch2024_single_endpoint_outputs.csv").first {
            $0["domain"] == domain.domain
        }!
        #expect(
            domain.defaults.hasPrefix(
                "rdfit: --growth-factor \(output["output_factor_expression"]!) --over \(output["horizon_years"]!) "))
    }

    @Test(.enabled(if: sharedDataExists))
    func openAlexFileMatchesOriginal() throws {
        let original = try Self.sharedRows("openalex_concept_yearly_country_sums_2010_2020_DERIVED.csv")
        let table = try Self.table("openalex-deep-learning-ai.csv")
        for (column, id) in [
            ("deep_learning_country_sum", "C108583219"), ("artificial_intelligence_country_sum", "C154945302"),
        ] {
            let rows = original.filter { $0["openalex_concept_id"] == id }
            #expect(table.years == rows.map { Double($0["year"]!)! })
            #expect(try table.column(named: column).values == rows.map { Double($0["sum_of_country_counts"]!)! })
        }
    }

    @Test(
        .enabled(if: sharedDataExists),
        arguments: ["returns_to_rd_r_estimates.csv", "software_efficiency_doubling_times.csv"])
    func referenceTablesAreExactCopies(name: String) throws {
        let bundled = try Data(contentsOf: Self.dataDirectory.appendingPathComponent("reference/\(name)"))
        let original = try Data(contentsOf: Self.sharedData.appendingPathComponent(name))
        #expect(bundled == original)
    }

    @Test func everyYearlyCSVParses() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.dataDirectory.path).filter {
            $0.hasSuffix(".csv")
        }
        #expect(files.count == 5)
        for file in files { _ = try Self.table(file) }
    }
}
