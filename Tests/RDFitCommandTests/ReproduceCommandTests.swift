import Foundation
import Testing

@Suite("rdfit reproduce")
struct ReproduceCommandTests {
    @Test("the fast tables pass from the bundled data and report as JSON", arguments: ["worked-examples", "proxy2", "table4-other"])
    func tablesPass(table: String) throws {
        let outcome = try CommandRunner.run(["reproduce", table, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(object["passes"] as? Bool == true)
        let tables = try #require(object["tables"] as? [[String: Any]])
        #expect(tables.first?["id"] as? String == table)
    }

    @Test("an unknown table is a usage error listing the tables")
    func unknownTable() throws {
        let outcome = try CommandRunner.run(["reproduce", "table9"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("proxy2"))
    }

    @Test("a Data folder that does not exist is a usage error")
    func missingData() throws {
        let outcome = try CommandRunner.run(["reproduce", "proxy2", "--data", "/nonexistent"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--data"))
    }
}
