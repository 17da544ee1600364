#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What the command takes from the process environment.
enum Environment {
    /// Worker threads: `RDFIT_THREADS` if set (1–256), else the number of active processors.
    /// Results do not depend on it (see `Docs/CHANGELOG.md`); only speed does.
    static func threads() throws -> Int {
        guard let text = ProcessInfo.processInfo.environment["RDFIT_THREADS"] else {
            return max(1, ProcessInfo.processInfo.activeProcessorCount)
        }
        guard let value = Int(text.trimmingBlanks), (1...256).contains(value) else {
            throw CommandError(
                exitCode: CommandError.usage,
                description: "RDFIT_THREADS: '\(text)' is not a whole number from 1 to 256")
        }
        return value
    }

    /// A fresh seed for a run without `--seed`, from the system generator (nine digits, so it is
    /// easy to retype and exact in every JSON parser).
    static func drawSeed() -> UInt64 {
        UInt64.random(in: 1...999_999_999)
    }

    /// The progress line on standard error, or nil when standard error is not a terminal
    /// (scripts and CI get clean output).
    static func progressLine() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? terminalProgress : nil
    }

    private static let terminalProgress = ProgressLine(write: { writeError($0) })

    /// A progress callback (`label: 42%`, redrawn only when the percentage changes and at most a
    /// few times a second), or nil when standard error is not a terminal.
    static func progressReporter(label: String) -> (@Sendable (Double) -> Void)? {
        progressLine()?.fractionReporter(label: label)
    }

    /// Writes `text` to standard error; false if it could not be written.
    @discardableResult
    static func writeError(_ text: String) -> Bool {
        StandardStreams.write(text, to: STDERR_FILENO) == nil
    }

    /// Writes `text` to standard output.
    /// - Throws: ``CommandError`` with exit status 74 when the write fails.
    static func writeOutput(_ text: String) throws {
        if let errorNumber = StandardStreams.write(text, to: STDOUT_FILENO) {
            throw StandardStreams.failure("standard output", errorNumber: errorNumber)
        }
    }
}
