import Foundation
import Testing

@testable import RDFit

@Suite("CES research input and compute bottlenecks (METHODS §10)")
struct CESLawOfMotionTests {
    static func law(
        sigma: Double, alpha: Double = 0.5, lambda: Double, beta: Double,
        computeGrowth: Double = 0
    ) throws -> CESLawOfMotion {
        try CESLawOfMotion(
            research: CESResearchInput(elasticity: sigma, laborWeight: alpha),
            lambda: lambda, beta: beta, computeGrowth: computeGrowth)
    }

    @Test(
        "σ = 1, compute fixed: the integrated law gives the §9 doubling recurrence to 1e-9",
        arguments: [
            (0.8, 0.3),  // p = 0.4, r = 4/3: each doubling 2^(−0.1) times the last
            (0.8, 0.6),  // p = 0.4, r = 2/3: each doubling 2^(0.2) times the last
        ])
    func cobbDouglasMatchesRecurrence(lambda: Double, beta: Double) throws {
        let law = try Self.law(sigma: 1, lambda: lambda, beta: beta)
        let integrated = try law.doublingTimes(count: 30)
        let kappa = beta - 0.5 * lambda
        // With a = b = c = d = K₀ = S₀ = 1, dt/d ln S = e^(κ ln S): the first doubling takes (2^κ − 1)/κ.
        let first = (pow(2, kappa) - 1) / kappa
        #expect(abs(integrated[0] - first) <= 1e-9 * first)
        let (p, r) = try #require(law.cobbDouglasRecurrence)
        let fixed: (Double, AutomationLoopError.Setting) throws -> SamplingRange = {
            try SamplingRange($0, $0, scale: .uniform, setting: $1)
        }
        let specification = try AutomationLoopSpecification(
            initialReturns: .range(fixed(r, .initialReturns)), speedUp: fixed(3 / first, .speedUp),
            parallelPenalty: fixed(p, .parallelPenalty), distanceToLimits: fixed(1_000, .distanceToLimits),
            horizonMonths: 1e6, constantReturns: true, runs: 1, seed: 1)
        let recurrence = AutomationLoopSimulation(specification: specification).trajectory(ofRun: 0).doublingMonths
        #expect(recurrence.count >= 30)
        for (ode, step) in zip(integrated, recurrence) {
            #expect(abs(ode - step) <= 1e-9 * step)
        }
    }

    @Test("σ near 1 approaches Cobb-Douglas; σ = 1 is exactly the Cobb-Douglas input")
    func nearCobbDouglas() throws {
        let exact = try Self.law(sigma: 1, lambda: 0.8, beta: 0.3).doublingTimes(count: 10)
        let near = try Self.law(sigma: 1 + 1e-7, lambda: 0.8, beta: 0.3).doublingTimes(count: 10)
        for (a, b) in zip(exact, near) { #expect(abs(a - b) <= 1e-5 * a) }
        let input = try CESResearchInput(elasticity: 1, laborWeight: 0.3, laborScale: 2, computeScale: 5)
        #expect(abs(input.logValue(logLabor: 1, logCompute: 2) - (0.3 * (log(2) + 1) + 0.7 * (log(5) + 2))) <= 1e-14)
    }

    @Test("Complements bottleneck: with σ < 1 and fixed compute doubling times grow even when λ/β > 1")
    func complementsBottleneck() throws {
        let complements = try Self.law(sigma: 0.5, lambda: 1.0, beta: 0.5).doublingTimes(count: 40)
        #expect(complements.last! > complements.first!)
        #expect(zip(complements.dropFirst(20), complements.dropFirst(21)).allSatisfy { $0 < $1 })
        let substitutes = try Self.law(sigma: 2, lambda: 1.0, beta: 0.5).doublingTimes(count: 40)
        #expect(substitutes.last! < substitutes.first!)
    }

    @Test("Growing compute shortens the doublings")
    func computeGrowthHelps() throws {
        let fixed = try Self.law(sigma: 0.5, lambda: 0.8, beta: 0.6).doublingTimes(count: 10)
        let growing = try Self.law(sigma: 0.5, lambda: 0.8, beta: 0.6, computeGrowth: 0.05).doublingTimes(count: 10)
        #expect(zip(fixed, growing).dropFirst().allSatisfy { $0 > $1 })
    }

    @Test("Long-run explosion: σ > 1 needs r > 1, σ = 1 needs (1 − ε_K)·r > 1, σ < 1 never")
    func explosionCondition() throws {
        #expect(try CESExplosionCondition(elasticity: 2.58, computeShare: 0.5).explodes(1.2))
        #expect(try !CESExplosionCondition(elasticity: 2.58, computeShare: 0.5).explodes(0.9))
        let cobbDouglas = try CESExplosionCondition(elasticity: 1, computeShare: 0.4)
        #expect(cobbDouglas.effectiveReturns(2) == 1.2)
        #expect(cobbDouglas.explodes(2) && !cobbDouglas.explodes(1.5))
        let complements = try CESExplosionCondition(elasticity: 0.05, computeShare: 0.4)
        #expect(complements.effectiveReturns(100) == nil && !complements.explodes(100))
    }

    @Test("σ ≤ 0, α outside (0, 1) and bad counts throw; presets are second-hand values with σ > 0 modelled")
    func invalidAndPresets() throws {
        #expect(throws: AutomationLoopError.notPositive(.elasticity, value: 0)) {
            try CESResearchInput(elasticity: 0, laborWeight: 0.5)
        }
        #expect(throws: AutomationLoopError.notPositive(.elasticity, value: -0.1)) {
            try CESExplosionCondition(elasticity: -0.1, computeShare: 0.5)
        }
        #expect(throws: AutomationLoopError.self) { try CESResearchInput(elasticity: 2, laborWeight: 1) }
        let law = try Self.law(sigma: 1, lambda: 0.8, beta: 0.3)
        #expect(throws: AutomationLoopError.self) { try law.doublingTimes(count: 0) }
        #expect(CESElasticityPreset.whitfillWu2025Substitutes.modelledElasticity == 2.58)
        #expect(CESElasticityPreset.whitfillWu2025FrontierScale.reportedElasticity == -0.10)
        for preset in CESElasticityPreset.allCases {
            #expect(preset.modelledElasticity > 0)
            _ = try CESResearchInput(elasticity: preset.modelledElasticity, laborWeight: 0.5)
        }
    }
}
