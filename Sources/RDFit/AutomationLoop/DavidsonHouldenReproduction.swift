/// A row of Davidson & Houlden's (2025) results tables, as printed; the caller reads it from
/// `Data/reference/davidson-houlden-2025-probabilities.csv` (the library does no I/O).
public struct DavidsonHouldenPublishedRow: Codable, Sendable, Hashable {
    /// Which run the row reports.
    public let run: DavidsonHouldenRun
    /// The printed probabilities in the order of ``ProgressCondition/standard``.
    public let probabilities: [Double]

    /// Creates a row.
    /// - Throws: ``AutomationLoopError`` unless there are four probabilities in [0, 1].
    public init(run: DavidsonHouldenRun, probabilities: [Double]) throws {
        guard probabilities.count == ProgressCondition.standard.count else {
            throw AutomationLoopError.outOfRange(.publishedProbabilities, value: Double(probabilities.count),
                                                 allowed: "four probabilities, one per standard condition")
        }
        for p in probabilities where !(p >= 0 && p <= 1) {
            throw AutomationLoopError.outOfRange(.publishedProbabilities, value: p, allowed: "a probability in [0, 1]")
        }
        self.run = run
        self.probabilities = probabilities
    }
}

/// One printed probability beside the one computed here.
public struct DavidsonHouldenComparison: Codable, Sendable, Hashable {
    /// The condition.
    public let condition: ProgressCondition
    /// The printed value.
    public let published: Double
    /// The value computed by ``AutomationLoopSimulation``.
    public let computed: Double
    /// The computed value's Monte-Carlo standard error.
    public let standardError: Double
    /// 3 standard errors plus half a printed percentage point.
    public let tolerance: Double
    /// Whether |computed − published| ≤ tolerance.
    public let passes: Bool
}

/// A published row recomputed.
public struct DavidsonHouldenReproducedRow: Codable, Sendable, Hashable {
    /// The run.
    public let run: DavidsonHouldenRun
    /// One comparison per standard condition.
    public let comparisons: [DavidsonHouldenComparison]
    /// Whether every comparison passes.
    public var passes: Bool { comparisons.allSatisfy(\.passes) }
}

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
