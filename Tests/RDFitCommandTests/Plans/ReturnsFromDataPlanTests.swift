import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// `simulate --r-from FILE.csv`: the estimate run in-process and its draws after the chain.
@Suite("r from data plan")
struct ReturnsFromDataPlanTests {
    static let file = "Data/computer-vision.csv"

    func plan(estimate: [String] = [], adjustments: [String]) throws -> ReturnsFromDataPlan {
        try ReturnsFromDataPlan.make(
            file: Self.file, table: try InputFile.table(Self.file),
            options: try EstimateOptions.parse(estimate.isEmpty ? ["--replicates", "300"] : estimate),
            adjustments: try AdjustmentOptions.parse(adjustments), seed: 4, threads: 1)
    }

    @Test("with no compute share stated the deflation 0.59:0.67:0.75 is applied to every draw")
    func defaultDeflation() throws {
        let plan = try plan(adjustments: [])
        #expect(plan.computeShareDefaulted)
        let unadjusted = try #require(plan.result.unadjusted.draws?.values)
        #expect(plan.draws.count == unadjusted.filter { !$0.isNaN }.count)
        // Each draw is cut by 1 − ε_K with ε_K in [0.59, 0.75].
        for (adjusted, raw) in zip(plan.draws, unadjusted.filter { !$0.isNaN }) {
            #expect(adjusted >= raw * 0.25 - 1e-12 && adjusted <= raw * 0.41 + 1e-12)
        }
        #expect(
            plan.result.adjusted.last?.adjustments == [
                .computeBottleneck(computeShare: .triangular(low: 0.59, mode: 0.67, high: 0.75))
            ])
        let source = plan.source(file: Self.file)
        #expect(source.chain.count == 1 && source.notes.contains { $0.contains("--compute-share") })
        // The file's own defaults (growth factor, endpoints) were used: r ≈ 1.45 as `rdfit estimate` gives.
        #expect(abs(plan.result.unadjusted.r.estimate - 1.449) < 0.001)
    }

    @Test("the stated chain is applied: --compute-share 0 and a multiplier of 2 double each draw")
    func statedChain() throws {
        let plan = try plan(adjustments: ["--compute-share", "0", "--output-multiplier", "capability-gains=2"])
        #expect(!plan.computeShareDefaulted)
        let unadjusted = try #require(plan.result.unadjusted.draws?.values).filter { !$0.isNaN }
        #expect(plan.draws.count == unadjusted.count)
        for (adjusted, raw) in zip(plan.draws, unadjusted) { #expect(abs(adjusted - 2 * raw) <= 1e-12 * raw) }
        #expect(plan.source(file: Self.file).chain.count == 2)
        #expect(plan.source(file: Self.file).notes.isEmpty)
    }

    @Test("the estimate options reach the estimate: the Jones regression needs an output series")
    func estimateOptions() throws {
        #expect(throws: CommandError.self) { try plan(estimate: ["--method", "jones-ols"], adjustments: []) }
        let bayes = try plan(
            estimate: ["--method", "bayes-endpoint", "--draws", "400", "--warmup", "200", "--chains", "2"],
            adjustments: ["--compute-share", "0"])
        #expect(bayes.result.unadjusted.method == .bayesEndpoint)
    }
}
