import Foundation
import Testing

/// Every bad input named in the core issue: one line on stderr naming the file (and line and
/// column where they apply), exit 64 for usage errors and 65 for data errors, nothing on stdout.
@Suite("rdfit estimate, bad input")
struct EstimateErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let csv: String?
        let arguments: [String]
        let status: Int32
        let fragments: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "missing file", csv: nil, arguments: ["estimate", "no-such-file.csv"], status: 65,
            fragments: ["no-such-file.csv", "no such file"]),
        Case(name: "empty file", csv: "", arguments: ["--doubling-time", "9"], status: 65, fragments: ["empty"]),
        Case(
            name: "no year column", csv: "t,papers\n1,2\n2,3\n3,5\n", arguments: ["--doubling-time", "9"], status: 65,
            fragments: [":1", "year"]),
        Case(
            name: "duplicate years", csv: "year,papers\n2001,2\n2001,3\n2002,5\n", arguments: ["--doubling-time", "9"],
            status: 65, fragments: [":3:1", "2001"]),
        Case(
            name: "non-numeric cell", csv: "year,papers\n2001,2\n2002,abc\n2003,5\n",
            arguments: ["--doubling-time", "9"], status: 65, fragments: [":3:2", "'abc'"]),
        Case(
            name: "non-positive logged value", csv: "year,papers\n2001,2\n2002,0\n2003,5\n",
            arguments: ["--doubling-time", "9"], status: 65, fragments: [":3:2", "positive"]),
        Case(
            name: "NaN", csv: "year,papers\n2001,2\n2002,NaN\n2003,5\n", arguments: ["--doubling-time", "9"],
            status: 65, fragments: [":3:2", "NaN"]),
        Case(
            name: "infinity", csv: "year,papers\n2001,2\n2002,inf\n2003,5\n", arguments: ["--doubling-time", "9"],
            status: 65, fragments: [":3:2"]),
        Case(
            name: "too few points", csv: "year,papers\n2001,2\n2002,3\n", arguments: ["--doubling-time", "9"],
            status: 65, fragments: ["papers", "at least 3"]),
        Case(
            name: "constant series", csv: "year,papers\n2001,4\n2002,4\n2003,4\n", arguments: ["--doubling-time", "9"],
            status: 65, fragments: ["constant"]),
        Case(
            name: "shrinking input", csv: "year,papers\n2001,9\n2002,5\n2003,2\n", arguments: ["--doubling-time", "9"],
            status: 65, fragments: ["undefined", "does not grow"]),
        Case(
            name: "interval low above high", csv: "year,papers\n2001,2\n2002,3\n2003,5\n",
            arguments: ["--doubling-time", "9", "--interval", "14:5"], status: 64,
            fragments: ["--interval", "not below"]),
        Case(
            name: "weights not summing to 1", csv: "year,a,b\n2001,2,1\n2002,3,2\n2003,5,4\n",
            arguments: ["--doubling-time", "9", "--weight", "a=0.5", "--weight", "b=0.6"], status: 64,
            fragments: ["--weight", "sum to 1"]),
        Case(
            name: "unknown column", csv: "year,papers\n2001,2\n2002,3\n2003,5\n",
            arguments: ["--doubling-time", "9", "--input", "paprs"], status: 64,
            fragments: ["paprs", "did you mean 'papers'"]),
        Case(
            name: "no output stated", csv: "year,papers\n2001,2\n2002,3\n2003,5\n", arguments: [], status: 64,
            fragments: ["--doubling-time"]),
        Case(
            name: "level out of range", csv: "year,papers\n2001,2\n2002,3\n2003,5\n",
            arguments: ["--doubling-time", "9", "--level", "1.5"], status: 64, fragments: ["--level"]),
        Case(
            name: "unknown option value", csv: "year,papers\n2001,2\n2002,3\n2003,5\n",
            arguments: ["--doubling-time", "9", "--bootstrap", "jackknife"], status: 64, fragments: ["jackknife"]),
        Case(
            name: "bad expression", csv: "year,papers\n2001,2\n2002,3\n2003,5\n",
            arguments: ["--growth-factor", "2^(3", "--over", "2"], status: 64, fragments: ["--growth-factor"]),
    ]

    @Test("bad input gives one clear line and the right exit status", arguments: cases)
    func badInput(_ testCase: Case) throws {
        var arguments = testCase.arguments
        var path = "no-such-file.csv"
        if let csv = testCase.csv {
            path = try CommandRunner.temporaryFile(csv)
            arguments = ["estimate", path] + arguments
        }
        let outcome = try CommandRunner.run(arguments)
        #expect(outcome.status == testCase.status, "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty)
        let message = outcome.standardError
        if testCase.status == 65 { #expect(message.contains(path), "\(message)") }
        for fragment in testCase.fragments { #expect(message.contains(fragment), "'\(fragment)' not in: \(message)") }
        #expect(!message.contains("Fatal error"))
        #expect(message.split(separator: "\n").count <= (testCase.name == "unknown option value" ? 4 : 1), "\(message)")
    }
}
