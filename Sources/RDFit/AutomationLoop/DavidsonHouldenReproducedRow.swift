/// A published row recomputed.
public struct DavidsonHouldenReproducedRow: Codable, Sendable, Hashable {
    /// The run.
    public let run: DavidsonHouldenRun
    /// One comparison per standard condition.
    public let comparisons: [DavidsonHouldenComparison]
    /// Whether every comparison passes.
    public var passes: Bool { comparisons.allSatisfy(\.passes) }
}
