import Testing

@testable import RDFit

/// The automation-loop Monte Carlo's settings resolved by the library (what `simulate --runs`
/// states, without the command line).
@Suite("Automation-loop request")
struct AutomationLoopRequestTests {
    @Test("nothing stated is the Davidson & Houlden 2025 preset; bands on 97 months to the horizon")
    func preset() throws {
        let request = AutomationLoopRequest(runs: 50, seed: 3)
        #expect(try request.specification() == (try AutomationLoopSpecification.davidsonHoulden2025(runs: 50, seed: 3)))
        var banded = request
        banded.bands = true
        banded.horizonMonths = 24
        let grid = try #require(try banded.specification().bandMonths)
        #expect(grid.count == 97 && grid.first == 0 && grid.last == 24 && grid[1] == 0.25)
    }

    @Test("a fixed r₀, a repeated standard condition and a CES bottleneck")
    func overrides() throws {
        var request = AutomationLoopRequest(runs: 50, seed: 3)
        request.initialReturns = [1.5]
        request.extraConditions = [try ProgressCondition(years: 3, withinMonths: 12)]
        request.elasticity = 0.5
        request.computeGrowthPerYear = 0.24
        let spec = try request.specification()
        #expect(
            spec.initialReturns == .range(try SamplingRange(1.5, 1.5, scale: .logUniform, setting: .initialReturns)))
        #expect(spec.conditions == ProgressCondition.standard)
        #expect(abs((spec.computeBottleneck?.computeGrowthPerMonth ?? 0) - 0.02) < 1e-15)
    }

    @Test("compute growth or weight without an elasticity names the setting and mentions the elasticity's")
    func bottleneckNeedsElasticity() throws {
        var request = AutomationLoopRequest(runs: 50, seed: 3)
        request.computeWeight = 0.5
        do {
            _ = try request.specification()
            Issue.record("expected an error")
        } catch let error as SpecificationError {
            #expect(error.setting == .computeWeight && error.message.contains(Setting.substitution.mention))
        }
    }
}
