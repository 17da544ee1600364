import Foundation
import Testing

@testable import RDFitCommand

/// A recording sink and a settable clock for ``ProgressLine``.
final class ProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var _writes: [String] = []
    private var _time = 0.0
    var writes: [String] { lock.withLock { _writes } }
    var time: Double {
        get { lock.withLock { _time } }
        set { lock.withLock { _time = newValue } }
    }
    func line() -> ProgressLine {
        ProgressLine(write: { text in self.lock.withLock { self._writes.append(text) } }, now: { self.time })
    }
}

@Suite("progress on standard error")
struct ProgressLineTests {
    @Test("a sampler reporting after every draw: redrawn only when the percentage changes, at most 4 times a second")
    func fractionRateLimited() {
        let recorder = ProgressRecorder()
        let report = recorder.line().fractionReporter(label: "sampling the posterior")
        // 10 s of sampling, 200,000 callbacks: the pattern that wrote 68 KB of stderr.
        let calls = 200_000
        for i in 0..<calls {
            recorder.time = 10 * Double(i) / Double(calls)
            report(Double(i) / Double(calls))
        }
        report(1)
        let writes = recorder.writes
        #expect(writes.count <= 10 * 4 + 2, "\(writes.count) writes")
        #expect(writes.count >= 10)
        let texts = writes.dropLast()
        #expect(zip(texts, texts.dropFirst()).allSatisfy { $0 != $1 }, "a percentage redrawn")
        #expect(writes.first == "\rsampling the posterior: 0%\u{1B}[K")
        #expect(writes.last == "\r\u{1B}[K")
        #expect(writes.joined().utf8.count < 2000)
    }

    @Test("the same text is never redrawn, however much time passes")
    func sameTextNotRedrawn() {
        let recorder = ProgressRecorder()
        let line = recorder.line()
        for second in 0..<100 {
            recorder.time = Double(second)
            line.show("sampling: 68%")
        }
        #expect(recorder.writes.count == 1)
        line.clear()
        line.clear()
        #expect(recorder.writes.count == 2)
    }

    @Test("a step without a fraction shows its label at once and its elapsed seconds while it runs")
    func ticking() {
        let recorder = ProgressRecorder()
        let line = recorder.line()
        let value = line.ticking("sensitivity: baseline") { () -> Int in
            for step in 1...12 {
                recorder.time = Double(step) / 4
                Thread.sleep(forTimeInterval: ProgressLine.tickInterval / 2)
            }
            return 7
        }
        #expect(value == 7)
        let writes = recorder.writes
        #expect(writes.first == "\rsensitivity: baseline\u{1B}[K")
        #expect(writes.contains { $0.hasPrefix("\rsensitivity: baseline, ") && $0.contains(" s") })
        #expect(zip(writes, writes.dropFirst()).allSatisfy { $0 != $1 })
        // After the step, its ticker is silent.
        let count = recorder.writes.count
        recorder.time = 100
        Thread.sleep(forTimeInterval: ProgressLine.tickInterval * 2)
        #expect(recorder.writes.count == count)
    }
}

/// Runs `rdfit` under `script(1)`, so that its standard error is a terminal.
@Suite(
    "progress appears only on a terminal", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"))
)
struct TerminalProgressTests {
    static func onTerminal(_ arguments: [String]) throws -> CommandRunner.Outcome {
        let command = ([CommandRunner.binary.path] + arguments).joined(separator: " ")
        return try CommandRunner.run(
            executable: URL(fileURLWithPath: "/usr/bin/script"), arguments: ["-qec", command, "/dev/null"])
    }

    static let sensitivity = [
        "sensitivity", "Data/computer-vision.csv", "--vary", "doubling-time=4:25", "--vary", "compute-share=0:0.8",
        "--replicates", "200", "--points", "3", "--seed", "1",
    ]

    @Test("sensitivity names its steps on a terminal and prints nothing on stderr otherwise")
    func sensitivityProgress() throws {
        let terminal = try Self.onTerminal(Self.sensitivity)
        #expect(terminal.status == 0, "\(terminal.standardOutput)")
        for step in [
            "sensitivity: baseline", "sensitivity: varying doubling-time (1 of 2)", "sensitivity: two-way grid",
        ] {
            #expect(terminal.standardOutput.contains("\r\(step)"), "\(step)")
        }
        let piped = try CommandRunner.run(Self.sensitivity)
        #expect(piped.status == 0)
        #expect(piped.standardError.isEmpty, "\(piped.standardError)")
    }

    @Test("the Bayesian sampler on a terminal: a few hundred bytes of progress, no percentage drawn twice")
    func samplerProgress() throws {
        let arguments = [
            "estimate", "Data/computer-vision.csv", "--method", "bayes-endpoint", "--chains", "2", "--draws", "20000",
            "--warmup", "2000", "--seed", "1",
        ]
        let started = Date()
        let terminal = try Self.onTerminal(arguments)
        let seconds = Date().timeIntervalSince(started)
        #expect(terminal.status == 0, "\(terminal.standardOutput)")
        let redraws = terminal.standardOutput.components(separatedBy: "\r").filter {
            $0.hasPrefix("sampling the posterior: ")
        }
        #expect(!redraws.isEmpty)
        #expect(zip(redraws, redraws.dropFirst()).allSatisfy { $0 != $1 }, "\(redraws)")
        #expect(Double(redraws.count) <= seconds * 4 + 2, "\(redraws.count) redraws in \(seconds) s")
        #expect(try CommandRunner.run(arguments).standardError.isEmpty)
    }
}
