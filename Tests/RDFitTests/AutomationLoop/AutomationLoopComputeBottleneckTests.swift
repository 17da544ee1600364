import Foundation
import Testing

@testable import RDFit

/// The CES law of motion inside the automation-loop Monte Carlo (issue 11, point 4; METHODS §10).
@Suite("Automation loop with a CES research input")
struct AutomationLoopComputeBottleneckTests {
    func specification(
        _ bottleneck: AutomationLoopComputeBottleneck?, constantReturns: Bool = false
    ) throws
        -> AutomationLoopSpecification
    {
        let preset = try AutomationLoopSpecification.davidsonHoulden2025(
            runs: 300, seed: 5, constantReturns: constantReturns)
        return try AutomationLoopSpecification(
            initialReturns: preset.initialReturns, speedUp: preset.speedUp, parallelPenalty: preset.parallelPenalty,
            distanceToLimits: preset.distanceToLimits, constantReturns: constantReturns,
            computeBottleneck: bottleneck, runs: 300, seed: 5)
    }

    @Test("σ = 1 with fixed compute gives the recurrence's doubling times to 1e-9 relative, falling or constant r")
    func cobbDouglasIsTheRecurrence() throws {
        for constant in [false, true] {
            let recurrence = AutomationLoopSimulation(specification: try specification(nil, constantReturns: constant))
            let ces = AutomationLoopSimulation(
                specification: try specification(
                    try AutomationLoopComputeBottleneck(elasticity: 1, computeShare: 0.67), constantReturns: constant))
            var compared = 0
            for run in 0..<300 {
                let a = recurrence.trajectory(ofRun: run).doublingMonths
                let b = ces.trajectory(ofRun: run).doublingMonths
                #expect(a.count == b.count, "run \(run)")
                for (x, y) in zip(a, b) where x.isFinite {
                    #expect(abs(x - y) <= 1e-9 * abs(x), "run \(run): \(x) vs \(y)")
                    compared += 1
                }
            }
            #expect(compared > 10_000)
            #expect(recurrence.run().outcomes == ces.run().outcomes)
        }
    }

    @Test("complements (σ < 1) slow the loop, substitutes (σ > 1) speed it, growing compute relieves complements")
    func elasticityOrdersTheOutcome() throws {
        func tenYearsInOneYear(_ bottleneck: AutomationLoopComputeBottleneck?) throws -> Double {
            let result = AutomationLoopSimulation(specification: try specification(bottleneck)).run(threads: 2)
            return result.outcomes[0].probability
        }
        let cobbDouglas = try tenYearsInOneYear(nil)
        let complements = try tenYearsInOneYear(
            try AutomationLoopComputeBottleneck(elasticity: 0.5, computeShare: 0.67))
        let substitutes = try tenYearsInOneYear(
            try AutomationLoopComputeBottleneck(elasticity: 2.58, computeShare: 0.67))
        let growing = try tenYearsInOneYear(
            try AutomationLoopComputeBottleneck(elasticity: 0.5, computeShare: 0.67, computeGrowthPerMonth: 1.4 / 12))
        #expect(complements < cobbDouglas - 0.2)
        #expect(substitutes > cobbDouglas + 0.2)
        #expect(growing > complements)
    }

    @Test("one step by hand: σ = 0.5, the ratio of the law's doubling times")
    func oneStep() throws {
        let bottleneck = try AutomationLoopComputeBottleneck(elasticity: 0.5, computeShare: 0.5)
        // ρ = −1, α = ½, K = 1: R(S) = 1/(½/S + ½) = 2S/(1 + S). p = 0.3 → λ = 0.6; r = 0.6 → β = 0.5.
        // D(k) = ∫ S^β R^(−λ) dS/S over [2^(k−1), 2^k]; the ratio D(2)/D(1) by fine quadrature.
        func d(_ a: Double, _ b: Double) -> Double {
            let n = 200_000
            let h = (log(b) - log(a)) / Double(n)
            return (0..<n).reduce(0.0) { sum, j in
                let s = exp(log(a) + (Double(j) + 0.5) * h)
                return sum + pow(s, 0.5) * pow(2 * s / (1 + s), -0.6) * h
            }
        }
        let expected = log2(d(2, 4) / d(1, 2))
        let computed = bottleneck.log2Ratio(doublings: 1, months: 1, lastMonths: 1, returns: 0.6, parallelPenalty: 0.3)
        #expect(abs(computed - expected) <= 1e-6)
    }

    @Test("σ ≤ 0 and a compute share outside (0, 1) are refused naming the setting")
    func badSettings() throws {
        #expect(throws: AutomationLoopError.notPositive(.elasticity, value: 0)) {
            try AutomationLoopComputeBottleneck(elasticity: 0, computeShare: 0.5)
        }
        #expect(throws: AutomationLoopError.self) {
            try AutomationLoopComputeBottleneck(elasticity: 1, computeShare: 1)
        }
        #expect(throws: AutomationLoopError.self) {
            try AutomationLoopComputeBottleneck(elasticity: 1, computeShare: 0.5, computeGrowthPerMonth: .nan)
        }
    }
}
