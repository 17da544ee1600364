import Foundation
import Testing

/// Issue 12, crashes: option values and stream failures that used to trap (exit 132/139 with a
/// backtrace) must end with a one-line error and a sysexits status.
@Suite("hostile input: no crash on deep expressions, huge counts or failed writes")
struct HostileCrashTests {
    static let good = "Tests/Fixtures/bad-input/good.csv"
    static let jones = "Tests/Fixtures/good/jones.csv"
    static let crashText = ["Fatal error", "Stack dump", "Backtracing", "Program crashed", "Illegal instruction"]

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let fragments: [String]
        var description: String { name }
    }

    static let nested = String(repeating: "(", count: 20_000) + "9" + String(repeating: ")", count: 20_000)

    static let cases: [Case] = [
        Case(
            name: "20,000 nested parentheses", arguments: ["estimate", good, "--doubling-time", nested],
            fragments: ["--doubling-time", "nests more than 100 deep"]),
        Case(
            name: "20,000 unary minus signs",
            arguments: ["estimate", good, "--doubling-time=" + String(repeating: "-", count: 20_000) + "9"],
            fragments: ["--doubling-time", "nests more than 100 deep"]),
        Case(
            name: "a tower of 20,000 powers",
            arguments: [
                "estimate", good, "--growth-multiple", Array(repeating: "1", count: 20_000).joined(separator: "^"),
            ], fragments: ["--growth-multiple", "nests more than 100 deep"]),
        Case(
            name: "bayes --over 1e19",
            arguments: ["estimate", good, "--method", "bayes-endpoint", "--growth-factor", "2", "--over", "1e19"],
            fragments: ["--over", "from 2 to 10000"]),
        Case(
            name: "bayes --warmup Int.max",
            arguments: [
                "estimate", good, "--method", "bayes-endpoint", "--doubling-time", "9", "--warmup",
                "9223372036854775807",
            ], fragments: ["--warmup", "at most 1000000"]),
        Case(
            name: "bayes --warmup 10^9",
            arguments: [
                "estimate", good, "--method", "bayes-endpoint", "--doubling-time", "9", "--warmup", "1000000000",
            ], fragments: ["--warmup", "at most 1000000"]),
        Case(
            name: "bayes --chains 1000 --warmup 10^6",
            arguments: [
                "estimate", good, "--method", "bayes-endpoint", "--doubling-time", "9", "--chains", "1000", "--warmup",
                "1000000",
            ], fragments: ["--warmup", "50000000 in all"]),
        Case(
            name: "bayes --draws Int.max",
            arguments: [
                "estimate", good, "--method", "bayes-endpoint", "--doubling-time", "9", "--draws",
                "9223372036854775807",
            ], fragments: ["--draws"]),
        Case(
            name: "bayes --chains Int.max",
            arguments: [
                "estimate", good, "--method", "bayes-endpoint", "--doubling-time", "9", "--chains",
                "9223372036854775807",
            ], fragments: ["--chains"]),
        Case(
            name: "jones --window Int.max",
            arguments: [
                "estimate", jones, "--method", "jones-ols", "--output", "quality", "--window", "9223372036854775807",
            ], fragments: ["--window", "from 1 to 1000"]),
        Case(
            name: "jones --window 2^62",
            arguments: [
                "estimate", jones, "--method", "jones-ols", "--output", "quality", "--window", "4611686018427387904",
            ], fragments: ["--window", "from 1 to 1000"]),
        Case(
            name: "jones --hac-lag Int.max",
            arguments: [
                "estimate", jones, "--method", "jones-ols", "--output", "quality", "--hac-lag", "9223372036854775807",
            ], fragments: ["--hac-lag", "from 0 to 1000"]),
        Case(
            name: "replicates Int.max",
            arguments: ["estimate", good, "--doubling-time", "9", "--replicates", "9223372036854775807"],
            fragments: ["--replicates"]),
        Case(
            name: "sensitivity --points Int.max",
            arguments: [
                "sensitivity", good, "--doubling-time", "9", "--vary", "doubling-time=4:25", "--points",
                "9223372036854775807",
            ], fragments: ["--points"]),
        Case(
            name: "simulate --doublings Int.max",
            arguments: ["simulate", "--r", "1.5", "--doublings", "9223372036854775807"], fragments: ["--doublings"]),
        Case(
            name: "simulate --training-runs Int.max",
            arguments: ["simulate", "--training-run-ratio", "2", "--training-runs", "9223372036854775807"],
            fragments: ["--training-runs"]),
        Case(
            name: "reproduce --draws Int.max",
            arguments: ["reproduce", "table4-endpoint", "--draws", "9223372036854775807"], fragments: ["--draws"]),
    ]

    @Test("huge or deeply nested option values are one-line usage errors", arguments: cases)
    func usageErrors(_ testCase: Case) throws {
        let outcome = try CommandRunner.run(testCase.arguments)
        #expect(outcome.status == 64, "stderr: \(outcome.standardError.prefix(300))")
        #expect(outcome.standardOutput.isEmpty)
        let message = outcome.standardError
        #expect(
            message.hasPrefix("rdfit: error: ") && message.filter { $0 == "\n" }.count == 1, "\(message.prefix(300))")
        for fragment in testCase.fragments {
            #expect(message.contains(fragment), "'\(fragment)' not in \(message.prefix(300))")
        }
        for text in Self.crashText { #expect(!message.contains(text)) }
    }

    /// Runs `script` under `/bin/sh` with `$RDFIT` set to the built binary, in the package root.
    static func shell(_ script: String) throws -> CommandRunner.Outcome {
        try CommandRunner.run(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script],
            environment: ["RDFIT": CommandRunner.binary.path])
    }

    static let commands: [String] = [
        "estimate \(good) --doubling-time 9 --replicates 50 --seed 1",
        "sensitivity \(good) --doubling-time 9 --vary doubling-time=4:25 --replicates 20 --seed 1 --points 3",
        "reproduce worked-examples",
        "simulate --r 1.5",
        "--help",
    ]

    @Test("stdout on /dev/full: exit 74 with one line on stderr", arguments: commands)
    func fullDisk(_ command: String) throws {
        let outcome = try Self.shell("\"$RDFIT\" \(command) > /dev/full")
        #expect(outcome.status == 74, "\(outcome.standardError)")
        #expect(
            outcome.standardError.hasPrefix(
                "rdfit: error: standard output cannot be written (No space left on device)"), "\(outcome.standardError)"
        )
        #expect(outcome.standardError.filter { $0 == "\n" }.count == 1)
    }

    @Test("stdout closed: exit 74", arguments: commands)
    func closedOutput(_ command: String) throws {
        let outcome = try Self.shell("\"$RDFIT\" \(command) >&-")
        #expect(outcome.status == 74, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("standard output cannot be written"), "\(outcome.standardError)")
    }

    @Test(
        "stderr closed on an error: exit 74, no crash",
        arguments: [
            "estimate nofile.csv", "simulate", "sensitivity nofile.csv --vary doubling-time=4:25",
            "reproduce --format csv",
        ])
    func closedError(_ command: String) throws {
        let outcome = try Self.shell("\"$RDFIT\" \(command) 2>&-; echo \"status $?\"")
        #expect(outcome.standardOutput == "status 74\n", "\(outcome.standardOutput)")
    }

    @Test("stdout and stderr both on /dev/full: exit 74")
    func bothFull() throws {
        let outcome = try Self.shell("\"$RDFIT\" simulate --r 1.5 > /dev/full 2>&1; echo \"status $?\" >&2")
        #expect(outcome.standardError == "status 74\n", "\(outcome.standardError)")
    }

    @Test(
        "a broken pipe with SIGPIPE ignored: exit 74 with the message",
        arguments: [
            "simulate --r 1.5 --doublings 10000 --format csv",
            "estimate \(good) --doubling-time 9 --replicates 50 --seed 1 --format json",
        ])
    func brokenPipe(_ command: String) throws {
        // `true` exits at once, so the pipe is broken before rdfit writes.
        let outcome = try Self.shell(
            "trap '' PIPE; { sleep 0.3; \"$RDFIT\" \(command); echo \"status $?\" >&2; } | true")
        #expect(outcome.standardError.hasSuffix("status 74\n"), "\(outcome.standardError)")
        #expect(
            outcome.standardError.contains("standard output cannot be written (Broken pipe)"),
            "\(outcome.standardError)")
        for text in Self.crashText { #expect(!outcome.standardError.contains(text)) }
    }
}
