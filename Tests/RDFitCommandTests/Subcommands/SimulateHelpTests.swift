import ArgumentParser
import Foundation
import Testing

@testable import RDFitCommand

@Suite("rdfit simulate --help reads well")
struct SimulateHelpTests {
    static let help = SimulateCommand.helpMessage(columns: 80)

    /// The help's lines from `start` up to the next blank line.
    static func section(_ title: String) throws -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: title), "no section \(title)")
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    @Test("the discussion's paragraphs are filled: no line but a paragraph's last is under 50 columns")
    func paragraphsFilled() throws {
        let discussion = try #require(Self.help.components(separatedBy: "\n\nUSAGE:").first)
        let paragraphs = discussion.components(separatedBy: "\n\n").dropFirst()  // after OVERVIEW
        #expect(paragraphs.count >= 3)
        for paragraph in paragraphs {
            let lines = paragraph.split(separator: "\n")
            for line in lines.dropLast() {
                #expect(line.count >= 50, "ragged line: '\(line)'")
            }
            for line in lines { #expect(line.count <= 80) }
        }
    }

    /// The option names a section lists (its lines that start with a flag).
    static func flags(_ lines: [String]) -> Set<String> {
        Set(
            lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("--") }
                .compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    @Test("options are grouped by mode: the doubling sequence, then the Monte Carlo, then the shared ones")
    func grouped() throws {
        let sequence = Self.flags(try Self.section("DOUBLING SEQUENCE (WITHOUT --RUNS):"))
        let monteCarlo = Self.flags(try Self.section("MONTE CARLO (WITH --RUNS):"))
        let shared = Self.flags(try Self.section("OPTIONS:"))
        for flag in [
            "--first-doubling", "--first-doubling-days", "--doublings", "--days-per-month", "--paper-growth",
            "--training-run-ratio", "--first-training-run", "--training-runs",
        ] {
            #expect(sequence.contains(flag), "\(flag)")
            #expect(!monteCarlo.contains(flag) && !shared.contains(flag), "\(flag)")
        }
        for flag in ["--runs", "--r-draws", "--r-from", "--speed-up", "--compress", "--substitution"] {
            #expect(monteCarlo.contains(flag) && !sequence.contains(flag), "\(flag)")
        }
        // --seed and --format are the estimate options' (--r-from runs an estimate with them).
        let estimate = Self.flags(try Self.section("ESTIMATE FOR --R-FROM (--SEED AND --FORMAT APPLY TO EVERY MODE):"))
        #expect(estimate.isSuperset(of: ["--seed", "--format", "--method"]))
        #expect(shared == ["--r", "--horizon", "--plot", "--plot-width", "--plot-height"])
        let order = ["DOUBLING SEQUENCE (WITHOUT --RUNS):", "MONTE CARLO (WITH --RUNS):", "OPTIONS:"].map {
            Self.help.range(of: $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!)
        // Inside its section, an option's help does not repeat the section's condition.
        #expect(!(try Self.section("MONTE CARLO (WITH --RUNS):").joined().contains("With --runs:")))
    }
}
