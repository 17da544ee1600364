import Foundation
import Testing

@testable import RDFit

/// Tolerances for the adjustment tests: exact arithmetic up to rounding, and replicates recomputed
/// by a closed-form slope instead of the Householder kernel.
enum AdjustmentTolerance {
    static let arithmetic = 1e-12
    static let refit = 1e-9
}

@Suite("Adjustments: compute bottleneck, spillovers, output multipliers")
struct AdjustmentTests {
    static let years = (0..<10).map(Double.init)
    static let authors = TimeSeries(name: "unique_authors", years: years, values: computerVisionAuthors)

    static func spec(
        method: GrowthMethod = .endpoints, scheme: ResamplingScheme = .pairs, inputs: [TimeSeries] = [authors],
        output: OutputGrowth = .doublingTime(
            months: 9, interval: try! QuantityInterval(lower: 4, upper: 25, level: 0.95)),
        cumulative: Bool = false, replicates: Int = 300, seed: UInt64 = 3
    ) throws -> SteadyStateSpecification {
        try SteadyStateSpecification(
            inputs: inputs, output: output, growthMethod: method, cumulative: cumulative,
            bootstrap: BootstrapSpecification(scheme: scheme, replicates: replicates, seed: seed))
    }

    @Test("the Cobb-Douglas cut of r = 1.262 at ε_K = 2/3 is 0.421 (Epoch newsletter, 'Compute bottlenecks')")
    func cobbDouglasCut() {
        let adjustment = ReturnsAdjustment.computeBottleneck(computeShare: .fixed(2.0 / 3))
        let cut = 1.262 * adjustment.factor(at: adjustment.parameter.central)!
        #expect(abs(cut - 1.262 / 3) < AdjustmentTolerance.arithmetic)
        #expect((cut * 1000).rounded() == 421)
        // The newsletter's Proxy 2 r ≈ 0.955 falls to 0.318.
        #expect(abs(0.955 * adjustment.factor(at: 2.0 / 3)! - 0.31833) < 1e-5)
    }

    @Test("a fixed compute share scales the estimate, every replicate and the interval by 1 − ε_K")
    func computeShareScalesReplicates() throws {
        let result = try AdjustedEstimator.estimate(
            Self.spec(), adjustments: [.computeBottleneck(computeShare: .fixed(2.0 / 3))])
        let entry = try #require(result.adjusted.first)
        #expect(result.adjusted.count == 1)
        #expect(entry.name == "compute-share")
        #expect(abs(entry.r.estimate - result.unadjusted.r.estimate / 3) < AdjustmentTolerance.arithmetic)
        #expect(abs(entry.r.lower - result.unadjusted.r.lower / 3) < AdjustmentTolerance.arithmetic)
        #expect(abs(entry.r.upper - result.unadjusted.r.upper / 3) < AdjustmentTolerance.arithmetic)
        for (a, u) in zip(entry.draws.values, result.unadjusted.replicates!.values) where !u.isNaN {
            #expect(abs(a - u / 3) < AdjustmentTolerance.arithmetic)
        }
        let share =
            Double(result.unadjusted.replicates!.values.filter { $0 > 3 }.count)
            / Double(result.unadjusted.replicates!.values.count)
        #expect(abs(entry.r.probabilityAboveOne - share) < AdjustmentTolerance.arithmetic)
    }

    @Test(
        "adding adjustments leaves the unadjusted replicates unchanged, and each adjustment draws the same values alone or combined"
    )
    func separateStreams() throws {
        let spec = try Self.spec()
        let plain = try SteadyStateEstimator.estimate(spec)
        let compute = ReturnsAdjustment.computeBottleneck(computeShare: .triangular(low: 0.59, mode: 0.67, high: 0.75))
        let multiplier = ReturnsAdjustment.outputMultiplier(
            name: "post-training", multiplier: .uniform(low: 1, high: 2))
        let one = try AdjustedEstimator.estimate(spec, adjustments: [compute])
        let two = try AdjustedEstimator.estimate(spec, adjustments: [multiplier, compute])
        #expect(plain.replicates!.values == one.unadjusted.replicates!.values)
        #expect(plain.replicates!.values == two.unadjusted.replicates!.values)
        let computeAlone = try #require(one.adjusted.first { $0.name == "compute-share" })
        let computeInPair = try #require(two.adjusted.first { $0.name == "compute-share" })
        #expect(computeAlone.draws.values == computeInPair.draws.values)
        let all = try #require(two.adjusted.last)
        #expect(all.name == AdjustedReturnsSummary.combinedName)
        let post = try #require(two.adjusted.first { $0.name == "multiplier:post-training" })
        for b in plain.replicates!.values.indices where !plain.replicates!.values[b].isNaN {
            let expected = computeInPair.draws.values[b] * post.draws.values[b] / plain.replicates!.values[b]
            #expect(abs(all.draws.values[b] - expected) < 1e-12 * abs(expected))
        }
        // Ranged parameters are really drawn per replicate: factors vary between 1 − 0.75 and 1 − 0.59.
        let factors = zip(computeAlone.draws.values, plain.replicates!.values).filter { !$0.1.isNaN }.map {
            $0.0 / $0.1
        }
        #expect(factors.min()! >= 0.25 - 1e-12 && factors.max()! <= 0.41 + 1e-12)
        #expect(factors.max()! - factors.min()! > 0.1)
        #expect(abs(computeAlone.r.estimate - plain.r.estimate * 0.33) < 1e-12)
        // Same seed, same numbers.
        let again = try AdjustedEstimator.estimate(spec, adjustments: [multiplier, compute])
        #expect(again.adjusted.map(\.draws.values) == two.adjusted.map(\.draws.values))
    }

    @Test(
        "levels spillover by hand: E = 1, 2, 4 plus 0.5 × (4, 4, 4) grows at ln 2 / 2, so r doubles",
        arguments: [GrowthMethod.endpoints, .leastSquares])
    func spilloverByHand(method: GrowthMethod) throws {
        let years: [Double] = [0, 1, 2]
        let own = TimeSeries(name: "own", years: years, values: [1, 2, 4])
        let other = TimeSeries(name: "other", years: years, values: [4, 4, 4])
        let spec = try Self.spec(
            method: method, inputs: [own], output: .doublingTime(months: 12, interval: nil), replicates: 50)
        let result = try AdjustedEstimator.estimate(
            spec, adjustments: [.spillover(column: "other", weight: .fixed(0.5))], otherSeries: [other])
        // E_eff = 3, 4, 6: endpoint growth ln(6/3)/2; with three equally spaced points the
        // least-squares slope is (ln 6 − ln 3)/2 too.
        let entry = try #require(result.adjusted.first)
        #expect(abs(result.unadjusted.r.estimate - 1) < AdjustmentTolerance.arithmetic)
        #expect(abs(entry.effectiveInputGrowthRate! - log(2) / 2) < AdjustmentTolerance.arithmetic)
        #expect(abs(entry.r.estimate - 2) < AdjustmentTolerance.arithmetic)
    }

    @Test("growth-form spillover by hand: g_eff = 0.75·ln 2 + 0.25·ln 1.5")
    func spilloverShareByHand() throws {
        let years: [Double] = [0, 1, 2]
        let own = TimeSeries(name: "own", years: years, values: [1, 2, 4])
        let other = TimeSeries(name: "other", years: years, values: [1, 1.5, 2.25])
        let spec = try Self.spec(inputs: [own], output: .doublingTime(months: 12, interval: nil), replicates: 50)
        let result = try AdjustedEstimator.estimate(
            spec, adjustments: [.spilloverShare(column: "other", share: .fixed(0.25))], otherSeries: [other])
        let entry = try #require(result.adjusted.first)
        let hand = 0.75 * log(2) + 0.25 * log(1.5)
        #expect(abs(entry.effectiveInputGrowthRate! - hand) < AdjustmentTolerance.arithmetic)
        #expect(abs(entry.r.estimate - log(2) / hand) < AdjustmentTolerance.arithmetic)
        #expect(entry.r.estimate > result.unadjusted.r.estimate)
    }

    @Test(
        "a zero spillover reproduces the unadjusted replicates under every scheme and growth method",
        arguments: [
            (GrowthMethod.endpoints, ResamplingScheme.pairs), (.endpoints, .residual), (.leastSquares, .pairs),
            (.leastSquares, .residual), (.leastSquares, .movingBlock(length: 3)),
        ])
    func zeroSpilloverIsIdentity(method: GrowthMethod, scheme: ResamplingScheme) throws {
        let other = TimeSeries(name: "other", years: Self.years, values: computerVisionAuthors.map { $0 * 3 + 100 })
        for cumulative in [false, true] {
            let spec = try Self.spec(method: method, scheme: scheme, cumulative: cumulative, replicates: 200)
            let result = try AdjustedEstimator.estimate(
                spec,
                adjustments: [
                    .spillover(column: "other", weight: .fixed(0)), .spilloverShare(column: "other", share: .fixed(0)),
                ], otherSeries: [other])
            let base = result.unadjusted.replicates!
            for entry in result.adjusted {
                #expect(abs(entry.r.estimate - result.unadjusted.r.estimate) < AdjustmentTolerance.refit)
                for (a, u) in zip(entry.draws.values, base.values) {
                    #expect(a.isNaN == u.isNaN)
                    if !u.isNaN {
                        #expect(
                            abs(a - u) < AdjustmentTolerance.refit * max(1, abs(u)), "\(entry.name) \(method) \(scheme)"
                        )
                    }
                }
                for (a, u) in zip(entry.replicates?.jackknife ?? [], base.jackknife ?? []) where !u.isNaN {
                    #expect(abs(a - u) < AdjustmentTolerance.refit * max(1, abs(u)))
                }
            }
        }
    }

    @Test("broadening deep learning to all of AI (OpenAlex) lowers input growth and raises r")
    func openAlexBroadening() throws {
        let years = (2010...2020).map(Double.init)
        let deep = TimeSeries(
            name: "deep_learning_country_sum", years: years,
            values: [250, 291, 340, 572, 1151, 2410, 4644, 10073, 18540, 29600, 39815])
        let ai = TimeSeries(
            name: "artificial_intelligence_country_sum", years: years,
            values: [389531, 408280, 415056, 432534, 449569, 455506, 466263, 504723, 577104, 665308, 743135])
        let spec = try Self.spec(inputs: [deep], output: .doublingTime(months: 8, interval: nil), replicates: 100)
        let result = try AdjustedEstimator.estimate(
            spec,
            adjustments: [
                .spillover(column: ai.name, weight: .uniform(low: 0.01, high: 0.1)),
                .spilloverShare(column: ai.name, share: .fixed(0.5)),
            ], otherSeries: [ai])
        let levels = result.adjusted[0], share = result.adjusted[1]
        let gOwn = log(39815.0 / 250) / 10, gAI = log(743135.0 / 389531) / 10
        #expect(abs(share.effectiveInputGrowthRate! - (0.5 * gOwn + 0.5 * gAI)) < AdjustmentTolerance.arithmetic)
        let wMid = 0.055
        #expect(
            abs(levels.effectiveInputGrowthRate! - log((39815 + wMid * 743135) / (250 + wMid * 389531)) / 10)
                < AdjustmentTolerance.arithmetic)
        #expect(levels.r.estimate > result.unadjusted.r.estimate && share.r.estimate > result.unadjusted.r.estimate)
        #expect(result.adjusted.count == 3 && result.adjusted[2].name == "all")
    }

    @Test("factor adjustments apply to any estimator's replicates; spillovers need the steady-state refits")
    func adjustOtherEstimates() throws {
        let estimate = try SteadyStateEstimator.estimate(Self.spec())
        let adjusted = try AdjustedEstimator.adjust(
            estimate, adjustments: [.outputMultiplier(name: "fixed-hardware", multiplier: .fixed(0.5))])
        #expect(abs(adjusted.adjusted[0].r.estimate - estimate.r.estimate / 2) < AdjustmentTolerance.arithmetic)
        #expect(throws: SpecificationError.self) {
            try AdjustedEstimator.adjust(estimate, adjustments: [.spilloverShare(column: "x", share: .fixed(0.1))])
        }
    }

    @Test(
        "invalid adjustments are refused with the setting named",
        arguments: [
            (ReturnsAdjustment.computeBottleneck(computeShare: .fixed(1.2)), Setting.computeShare),
            (.computeBottleneck(computeShare: .uniform(low: 0.7, high: 0.6)), Setting.computeShare),
            (.spillover(column: "other", weight: .fixed(-0.1)), Setting.spillover),
            (
                .spilloverShare(column: "other", share: .triangular(low: 0.1, mode: 0.5, high: 0.3)),
                Setting.spilloverShare
            ),
            (.outputMultiplier(name: "post-training", multiplier: .fixed(0)), Setting.outputMultiplier),
            (.outputMultiplier(name: "bad name", multiplier: .fixed(2)), Setting.outputMultiplier),
            (.spillover(column: "unique_authors", weight: .fixed(0.5)), Setting.spillover),
            (.spillover(column: "othr", weight: .fixed(0.5)), Setting.spillover),
        ])
    func invalid(adjustment: ReturnsAdjustment, setting: Setting) throws {
        let other = TimeSeries(name: "other", years: Self.years, values: computerVisionAuthors)
        do {
            _ = try AdjustedEstimator.estimate(Self.spec(), adjustments: [adjustment], otherSeries: [other])
            Issue.record("accepted \(adjustment)")
        } catch let error as SpecificationError {
            #expect(error.setting == setting, "\(error)")
        }
    }

    @Test("the levels form needs a single input; the growth form works with Cobb-Douglas inputs")
    func levelsNeedOneInput() throws {
        let other = TimeSeries(name: "other", years: Self.years, values: computerVisionAuthors.map { $0 + 1000 })
        let second = TimeSeries(name: "second", years: Self.years, values: computerVisionAuthors.map { $0 * 2 })
        let spec = try Self.spec(inputs: [Self.authors, second])
        #expect(throws: SpecificationError.self) {
            try AdjustedEstimator.estimate(
                spec, adjustments: [.spillover(column: "other", weight: .fixed(0.1))], otherSeries: [other])
        }
        let share = try AdjustedEstimator.estimate(
            spec, adjustments: [.spilloverShare(column: "other", share: .fixed(0.1))], otherSeries: [other])
        #expect(share.adjusted[0].r.estimate.isFinite)
    }

    @Test("the adjustment stream key is FNV-1a 64 of the name")
    func streamKey() {
        #expect(AdjustmentStream.key("") == 0xCBF2_9CE4_8422_2325)
        #expect(AdjustmentStream.key("a") == 0xAF63_DC4C_8601_EC8C)
    }
}
