import Foundation
import Testing

@testable import RDFit

/// The bucketed look-up behind the rank normalisation gives what a whole-array lower-bound
/// search gives, for values in the array and values not in it.
@Suite("Sorted value lookup")
struct SortedValueLookupTests {
    /// The whole-array search the look-up replaces.
    static func lowerBound(_ values: [Double], _ value: Double) -> Int {
        var low = 0, high = values.count - 1
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    @Test("Every value is found at its position; other values get the whole-array answer")
    func matchesWholeArraySearch() {
        var rng = Xoshiro256StarStar(seed: 3, stream: 0)
        var values: [Double] = []
        for _ in 0..<5000 { values.append(exp(2 * rng.nextStandardNormal())) }
        for _ in 0..<500 { values.append(-exp(3 * rng.nextStandardNormal())) }
        values += [0, .infinity, -.infinity, 1e-300, 1e300]
        let distinct = Array(Set(values)).sorted()
        let lookup = SortedValueLookup(distinct)
        for (position, value) in distinct.enumerated() {
            #expect(lookup.index(of: value) == position)
        }
        #expect(lookup.index(of: -0.0) == distinct.firstIndex(of: 0))
        for _ in 0..<2000 {
            let probe = exp(2 * rng.nextStandardNormal()) * (rng.nextOpenDouble() < 0.2 ? -1 : 1)
            #expect(lookup.index(of: probe) == Self.lowerBound(distinct, probe))
        }
    }

    @Test("One value and clustered values")
    func smallAndClustered() {
        #expect(SortedValueLookup([2.5]).index(of: 2.5) == 0)
        let clustered = (0..<3000).map { 1 + Double($0) * 1e-12 } + [1e6]
        let lookup = SortedValueLookup(clustered)
        for (position, value) in clustered.enumerated() { #expect(lookup.index(of: value) == position) }
    }
}
