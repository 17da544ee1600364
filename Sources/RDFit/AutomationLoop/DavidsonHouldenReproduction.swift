/// Recomputes Davidson & Houlden's (2025) table of probabilities with ``AutomationLoopSimulation``.
///
/// Each row runs the published preset and variant (``DavidsonHouldenRun/specification(runs:seed:)``)
/// and compares each probability with the printed one within
/// 3·(computed standard error) + 0.005, the last term for printing in whole percentages. The
/// printed values carry their own, unstated Monte-Carlo error, which this tolerance does not
/// cover: a failure can mean a different model or their sampling noise, and is reported as is.
public struct DavidsonHouldenReproduction: Sendable {
    /// Half a printed percentage point.
    public static let printedRounding = 0.005
    /// Standard errors allowed for the computed value.
    public static let standardErrors = 3.0

    /// Runs per row.
    public let runs: Int
    /// The seed of every row's simulation.
    public let seed: UInt64
    /// Worker threads.
    public let threads: Int

    /// Creates a reproduction.
    /// - Throws: ``AutomationLoopError`` if `runs` is out of range.
    public init(runs: Int = 100_000, seed: UInt64 = 1, threads: Int = 1) throws {
        _ = try DavidsonHouldenRun.main.specification(runs: runs, seed: seed)
        self.runs = runs
        self.seed = seed
        self.threads = threads
    }

    /// Recomputes each published row.
    public func reproduce(_ rows: [DavidsonHouldenPublishedRow]) throws -> [DavidsonHouldenReproducedRow] {
        try rows.map { row in
            let specification = try row.run.specification(runs: runs, seed: seed)
            let result = AutomationLoopSimulation(specification: specification).run(threads: threads)
            let comparisons = zip(row.probabilities, result.outcomes).map { published, outcome in
                let tolerance = Self.standardErrors * outcome.standardError + Self.printedRounding
                return DavidsonHouldenComparison(
                    condition: outcome.condition, published: published, computed: outcome.probability,
                    standardError: outcome.standardError, tolerance: tolerance,
                    passes: abs(outcome.probability - published) <= tolerance)
            }
            return DavidsonHouldenReproducedRow(run: row.run, comparisons: comparisons)
        }
    }
}
