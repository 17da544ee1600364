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

/// The runs of Davidson & Houlden's (2025) results tables.
public enum DavidsonHouldenRun: String, Codable, Sendable, Hashable, CaseIterable {
    /// The headline table.
    case main
    /// The no-retraining column printed beside the retraining column: the main model, run again.
    case noRetrainingColumn
    /// The retraining-cost variant, x → x/|x + 1| (the code's form).
    case retrainingCost
    /// The gradual-boost variant, with its own ranges for r₀ and Y.
    case gradualBoost

    /// The run named by a label of the `run` column of
    /// `Data/reference/davidson-houlden-2025-probabilities.csv`, or nil for an unknown label.
    public init?(publishedLabel: String) {
        var label = Substring(publishedLabel)
        while let c = label.first, c.isWhitespace && !c.isNewline { label.removeFirst() }
        while let c = label.last, c.isWhitespace && !c.isNewline { label.removeLast() }
        switch label.lowercased() {
        case "main": self = .main
        case "no retraining (retraining table)": self = .noRetrainingColumn
        case "retraining cost": self = .retrainingCost
        case "gradual boost": self = .gradualBoost
        default: return nil
        }
    }

    /// The specification that reproduces this run: the published preset and variant.
    /// - Throws: ``AutomationLoopError`` if `runs` is out of range.
    public func specification(runs: Int, seed: UInt64) throws -> AutomationLoopSpecification {
        switch self {
        case .main, .noRetrainingColumn:
            return try .davidsonHoulden2025(runs: runs, seed: seed)
        case .retrainingCost:
            return try .davidsonHoulden2025(runs: runs, seed: seed, retrainingCost: .codeForm)
        case .gradualBoost:
            return try .davidsonHoulden2025(runs: runs, seed: seed, gradualBoost: true)
        }
    }
}
