import Foundation
import Testing

/// Seeded output is byte-identical across runs and across `RDFIT_THREADS`, for both estimators and
/// every bootstrap scheme (the steady-state pairs case is in EstimateCommandTests). The
/// debug-versus-release check is `scripts/determinism.sh`; what may change seeded output between
/// versions is listed in Docs/CHANGELOG.md.
@Suite("rdfit estimate, determinism")
struct BadInputDeterminismTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var description: String { name }
    }

    static let steady = [
        "estimate", "Tests/Fixtures/good/steady-state.csv", "--doubling-time", "9", "--interval", "5:14",
        "--format", "json", "--seed", "2026", "--replicates", "400",
    ]
    static let jones = [
        "estimate", "Tests/Fixtures/good/jones.csv", "--method", "jones-ols", "--output", "quality", "--window", "5",
        "--format", "json", "--seed", "2026", "--replicates", "400",
    ]

    static let cases: [Case] = [
        Case(name: "steady-state, residual", arguments: steady + ["--bootstrap", "residual"]),
        Case(name: "steady-state, block", arguments: steady + ["--bootstrap", "block", "--block-length", "3"]),
        Case(
            name: "steady-state, stationary",
            arguments: steady + ["--bootstrap", "stationary", "--block-length", "2.5"]),
        Case(
            name: "steady-state, endpoints, pairs, BCa",
            arguments: steady + ["--growth", "endpoints", "--interval-method", "bca"]),
        Case(name: "jones-ols, block (default)", arguments: jones),
        Case(name: "jones-ols, stationary", arguments: jones + ["--bootstrap", "stationary"]),
        Case(name: "jones-ols, pairs", arguments: jones + ["--bootstrap", "pairs"]),
        Case(
            name: "jones-ols, residual, BCa",
            arguments: jones + ["--bootstrap", "residual", "--interval-method", "bca"]),
    ]

    @Test("the same seed gives byte-identical JSON across runs and thread counts", arguments: cases)
    func byteIdentical(_ testCase: Case) throws {
        let one = try CommandRunner.run(testCase.arguments, environment: ["RDFIT_THREADS": "1"])
        let again = try CommandRunner.run(testCase.arguments, environment: ["RDFIT_THREADS": "1"])
        let three = try CommandRunner.run(testCase.arguments, environment: ["RDFIT_THREADS": "3"])
        let many = try CommandRunner.run(testCase.arguments, environment: ["RDFIT_THREADS": "16"])
        #expect(one.status == 0, "\(one.standardError)")
        #expect(one.standardOutput.contains("\"estimate\""))
        #expect(one.standardOutput == again.standardOutput)
        #expect(one.standardOutput == three.standardOutput)
        #expect(one.standardOutput == many.standardOutput)
    }

    @Test("a different seed gives different replicates")
    func seedMatters() throws {
        let first = try CommandRunner.run(Self.steady)
        var other = Self.steady
        other[other.firstIndex(of: "2026")!] = "2027"
        let second = try CommandRunner.run(other)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.standardOutput != second.standardOutput)
    }
}
