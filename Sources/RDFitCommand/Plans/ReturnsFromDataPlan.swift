import RDFit
import RDFitReporting

/// `simulate --runs N --r-from FILE.csv [estimate options]`: the estimate run in-process with the
/// estimate command's own plans (``ReturnsRequest``, ``AdjustmentRequest``, the file's `# rdfit:`
/// defaults), and the draws of its most adjusted r, which feed r₀ of the automation loop.
///
/// The loop's r is deflated, λα/β (Docs/from-r-to-a-forecast.md): rdfit's λ/β from research input times labour's
/// share α = 1 − ε_K. So the chain always contains the compute-share cut: the one stated with
/// `--compute-share`, or else ``defaultComputeShare``; `--compute-share 0` feeds λ/β unchanged.
struct ReturnsFromDataPlan {
    /// The compute-share cut applied when none is stated: ε_K triangular 0.59–0.75, mode 0.67
    /// (Ho & Whitfill's frontier-lab compute share of R&D spend).
    static let defaultComputeShare = NumericDistribution(text: "0.59:0.67:0.75", values: [0.59, 0.67, 0.75])

    /// The estimate's plan.
    let plan: ReturnsPlan
    /// The unadjusted estimate and every adjusted r.
    let result: AdjustedReturns
    /// The successful draws of the most adjusted r, in generation order.
    let draws: [Double]
    /// Whether the compute-share cut is the default (none was stated).
    let computeShareDefaulted: Bool

    /// Runs the estimate on `table` (read from `file`) with the command line's estimate options
    /// over the file's defaults.
    /// - Parameters:
    ///   - seed: the estimate's seed when neither the command line nor the file gives one.
    /// - Throws: ``CommandError`` for bad options (64) or data (65), located in `file`.
    static func make(
        file: String, table: DataTable, options: EstimateOptions, adjustments: AdjustmentOptions, seed: UInt64,
        threads: Int
    ) throws -> ReturnsFromDataPlan {
        var merged = options.merged(over: try FileDefaults.options(in: table, path: file))
        merged.seed = merged.seed ?? seed
        var stated = adjustments.request
        let defaulted = stated.computeShare == nil
        if defaulted { stated.computeShare = defaultComputeShare.weight }
        let request = stated.excludingSpilloverColumns(from: merged.request, in: table)
        let resolved = try CommandError.locating(file) { try stated.resolved(in: table) }
        let (plan, estimate) = try CommandError.locating(file) { () throws -> (ReturnsPlan, ReturnsEstimate) in
            let plan = try FileDefaults.locating(file, table: table, commandLine: options) {
                try request.plan(table: table, threads: threads, drawnSeed: seed)
            }
            return (plan, try plan.estimate())
        }
        let result = try CommandError.locating(file) { try resolved.adjust(estimate, plan: plan) }
        let draws = result.finalDraws?.values.filter { !$0.isNaN } ?? []
        guard !draws.isEmpty else {
            throw CommandError(
                exitCode: CommandError.data,
                description: "\(MessageText.path(file)): the estimate has no successful draws of r to feed the loop")
        }
        return ReturnsFromDataPlan(plan: plan, result: result, draws: draws, computeShareDefaulted: defaulted)
    }

    /// The report's description of where r₀ came from.
    func source(file: String) -> AutomationLoopComparisonRenderer.DataSource {
        let last = result.adjusted.last
        var notes: [String] = []
        if computeShareDefaulted {
            notes.append(
                "the loop takes the deflated r = λα/β (Docs/from-r-to-a-forecast.md), so the compute-share cut "
                    + "\(Self.defaultComputeShare) was applied by default; state your own with --compute-share E "
                    + "(0 feeds λ/β unchanged)")
        }
        notes += result.unadjusted.diagnostics.map { OptionNames.spelled($0.message) }
        return AutomationLoopComparisonRenderer.DataSource(
            kind: "estimate", file: file, method: result.unadjusted.method.rawValue, unadjusted: result.unadjusted.r,
            adjusted: last?.r, chain: (last?.adjustments ?? []).map(\.summary), draws: draws.count, notes: notes)
    }
}
