import Foundation
import Testing

@testable import RDFit

@Suite("Replicates of r stored, or derived from λ and β on demand")
struct ReplicateValuesTests {
    @Test("a ratio is λ_b/β_b to the bit where β_b > 0 and the quotient is finite, NaN elsewhere")
    func ratioRules() {
        let lambda = [1.2, 0.7, .nan, 3, 1e300, 2]
        let beta = [0.3, -0.1, 0.5, 0, 1e-300, .nan]
        let r = ReplicateValues(numerator: lambda, denominator: beta)
        #expect(r.count == 6)
        #expect(r[0].bitPattern == (1.2 / 0.3).bitPattern)
        #expect((1..<6).allSatisfy { r[$0].isNaN })
        #expect(r.array.count == 6 && r.array[0] == r[0])
    }

    @Test("encodes as an array of numbers and compares by its values")
    func codable() throws {
        let r = ReplicateValues(numerator: [1, 3], denominator: [2, 4])
        let data = try JSONEncoder().encode(r)
        #expect(String(decoding: data, as: UTF8.self) == "[0.5,0.75]")
        #expect(try JSONDecoder().decode(ReplicateValues.self, from: data) == r)
        #expect(r == [0.5, 0.75])
    }

    @Test("Jones replicates of r are derived from the stored λ and β, sharing their storage")
    func jonesDerivesR() throws {
        let data = JonesRegressionTests.lawOfMotion(beta: 1.5, lambda: 1.2, years: 30, noise: 0.02, seed: 5)
        let spec = try JonesSpecification(
            inputs: [TimeSeries(name: "E", years: data.years, values: data.e)],
            output: TimeSeries(name: "A", years: data.years, values: data.a), window: 2,
            bootstrap: BootstrapSpecification(scheme: .movingBlock(length: 3), replicates: 300, seed: 11))
        let draws = try #require(try JonesRegression.estimate(spec).draws)
        let lambda = try #require(draws.values(of: .lambda)), beta = try #require(draws.values(of: .beta))
        #expect(draws.values == ReplicateValues(numerator: lambda, denominator: beta))
        #expect(draws.values.filter { !$0.isNaN }.count > 250)
    }

    @Test("the sorted successful values are the radix sort of either storage, the same for every copy and thread")
    func sortedOnce() async {
        var random = Xoshiro256StarStar(seed: 3)
        let values = (0..<5000).map { i in i % 97 == 0 ? Double.nan : Double(random.next() % 10_000) / 7 - 300 }
        let stored = ReplicateValues(values)
        let expected = values.filter { !$0.isNaN }.sorted()
        #expect(stored.sortedSuccessful == expected)
        let copy = stored
        #expect(copy.sortedSuccessful == expected)
        let results = await withTaskGroup(of: [Double].self) { group in
            for _ in 0..<8 { group.addTask { ReplicateValues(values).sortedSuccessful } }
            for _ in 0..<8 { group.addTask { stored.sortedSuccessful } }
            return await group.reduce(into: [[Double]]()) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
        let ratio = ReplicateValues(numerator: values, denominator: values.map { _ in 2 })
        #expect(ratio.sortedSuccessful == expected.map { $0 / 2 })
        #expect(
            DrawsSummary(values: stored, estimate: 0, kind: .bootstrapReplicates).median
                == DrawsSummary(values: values, estimate: 0, kind: .bootstrapReplicates).median)
    }
}
