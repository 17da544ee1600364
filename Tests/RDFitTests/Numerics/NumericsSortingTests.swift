import Foundation
import Testing

@testable import RDFit

/// The radix sort behind every bootstrap interval, and the one-sort interval batch.
@Suite("Numerics: sorting replicates")
struct NumericsSortingTests {
    @Test(
        "radix sort agrees with sorted() on awkward doubles",
        arguments: [0, 1, 511, 512, 513, 10_000, 65_535, 65_536, 300_000])
    func radixSortMatchesComparisonSort(count: Int) {
        var generator = Xoshiro256StarStar(seed: 99, stream: UInt64(count))
        let specials: [Double] = [
            0, 1, -1, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e-300, -1e300, 0.5, 0.5,
        ]
        let values = (0..<count).map { k -> Double in
            if k < specials.count && count > specials.count { return specials[k] }
            let magnitude = pow(10, 600 * generator.nextDouble() - 300)
            return generator.nextDouble() < 0.5 ? -magnitude : magnitude
        }
        #expect(RadixSort.sorted(values) == values.sorted())
    }

    @Test("radix sort puts −0 before +0 and keeps both", arguments: [300, 40_000])
    func signedZeros(half: Int) {
        let values = [Double](repeating: 0.0, count: half) + [Double](repeating: -0.0, count: half)
        let sorted = RadixSort.sorted(values)
        #expect(sorted.prefix(half).allSatisfy { $0 == 0 && $0.sign == .minus })
        #expect(sorted.suffix(half).allSatisfy { $0 == 0 && $0.sign == .plus })
    }

    @Test(
        "the keyed stable radix sort equals a stable comparison sort: ties (and −0, +0) keep their order",
        arguments: [5, 511, 512, 20_000, 160_000])
    func stableKeyedSortMatchesComparisonSort(count: Int) {
        var generator = Xoshiro256StarStar(seed: 3, stream: UInt64(count))
        // Posterior draws kept as runs: a few binades, many exact repeats, and the awkward values.
        let specials: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .leastNonzeroMagnitude, 1e300, -1e-300]
        let items = (0..<count).map { k -> (value: Double, index: Int) in
            if k < specials.count { return (specials[k], k) }
            if k % 7 == 0 { return ((0.5 + generator.nextDouble()).rounded() * 1.5, k) }
            if k % 13 == 0 { return (k % 2 == 0 ? 0.0 : -0.0, k) }
            return (exp(6 * generator.nextDouble() - 3), k)
        }
        var expected = items
        expected.sort { $0.value < $1.value }
        let sorted = RadixSort.stableSorted(items) { RadixSort.key($0.value) }
        #expect(sorted.map(\.index) == expected.map(\.index))
    }

    @Test(
        "the in-place sort of clustered replicates with ties and NaNs equals filter-then-sort",
        arguments: [600, 70_000, 1_000_000])
    func inPlaceMatchesFilterThenSort(count: Int) {
        var generator = Xoshiro256StarStar(seed: 7, stream: UInt64(count))
        // Replicates of r cluster in a binade or two and repeat (a few distinct resamples), with failures.
        let values = (0..<count).map { k -> Double in
            if k % 97 == 0 { return .nan }
            if k % 5 == 0 { return 1.25 }
            if k % 11 == 0 { return -0.0 }
            return 0.9 + 0.4 * generator.nextDouble()
        }
        let expected = values.filter { !$0.isNaN }.sorted()
        let sorted = RadixSort.sortedDroppingNaN(values)
        #expect(sorted.count == expected.count)
        #expect(sorted == expected)
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test("confidenceIntervals(_:level:) equals one confidenceInterval call per method")
    func batchEqualsSingle() throws {
        var generator = Xoshiro256StarStar(seed: 5)
        let values = (0..<3000).map { _ in generator.nextStandardNormal() } + [.nan, .nan]
        let jackknife = (0..<25).map { _ in generator.nextStandardNormal() * 0.1 }
        let replicates = BootstrapReplicates(
            estimate: 0.1, values: values, jackknife: jackknife,
            specification: try BootstrapSpecification(replicates: 3002, seed: 5))
        let batch = replicates.confidenceIntervals(IntervalMethod.allCases, level: 0.9)
        for (method, interval) in zip(IntervalMethod.allCases, batch) {
            let single = replicates.confidenceInterval(method, level: 0.9)
            #expect(interval == single, "\(method)")
        }
    }
}
