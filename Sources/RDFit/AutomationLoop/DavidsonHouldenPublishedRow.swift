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
            throw AutomationLoopError.outOfRange(
                .publishedProbabilities, value: Double(probabilities.count),
                allowed: "four probabilities, one per standard condition")
        }
        for p in probabilities where !(p >= 0 && p <= 1) {
            throw AutomationLoopError.outOfRange(.publishedProbabilities, value: p, allowed: "a probability in [0, 1]")
        }
        self.run = run
        self.probabilities = probabilities
    }
}
