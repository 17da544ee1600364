import Foundation
import Testing

@testable import RDFit

/// Bootstrap draws of r: seeded, labelled, independent of the thread count.
struct SeriesReplicatesTests {
    static func fit(threads: Int) throws -> SeriesMLEResult {
        let data = try SeriesTestSupport.simulated(
            transitions: 80, parameters: SeriesMLEEstimatorTests.below,
            noise: .gaussian, seed: 17)
        let spec = try SeriesMLESpecification(
            noise: .gaussian, profileInterval: false, holdOutShare: nil,
            transitionBootstrapReplicates: 24, parametricBootstrapReplicates: 12,
            waldNormalDraws: 200, seed: 42, threads: threads)
        return try SeriesMLEEstimator(specification: spec).fit(to: data)
    }

    @Test func drawsDoNotDependOnThreadCount() throws {
        let one = try Self.fit(threads: 1), two = try Self.fit(threads: 2), three = try Self.fit(threads: 3)
        #expect(one.draws == two.draws)
        #expect(one.draws == three.draws)
        #expect(one.draws.map(\.kind) == [.transitionBootstrap, .parametricBootstrap, .waldNormal])
        for set in one.draws {
            #expect(set.values.count + set.failed == [24, 12, 200][one.draws.firstIndex(of: set)!])
            #expect(set.seed == 42)
        }
    }

    @Test func drawsCentreOnTheEstimate() throws {
        let result = try Self.fit(threads: 2)
        let normal = try #require(result.draws.first { $0.kind == .waldNormal })
        let median = Quantile.of(normal.values, [0.5])[0]
        let se = try #require(result.returnsWald.standardError)
        #expect(abs(median - result.returns.estimate) < 0.5 * se)
    }
}
