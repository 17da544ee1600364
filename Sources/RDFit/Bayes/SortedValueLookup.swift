/// The position of a value in an ascending array of distinct, NaN-free doubles, found by a binary
/// search over one bucket of a table indexed by the leading bits of the value's order-preserving
/// key (the rank normalisation of ``MCMCConvergence`` looks up every draw, about 17 cache-missing
/// steps each over the whole array otherwise).
///
/// ``index(of:)`` returns what a lower-bound binary search over the whole array returns for a
/// value the array holds: the bucket's range contains that value's position; for any other value
/// it falls back to the whole-array search, so the answer is the same for every argument.
struct SortedValueLookup {
    private let values: [Double]
    /// bucketStarts[b] is the first position whose key lies in bucket b or above (count + 1 entries).
    private let bucketStarts: [Int32]
    private let minimumKey: UInt64
    private let shift: UInt64

    /// Builds the table for `values`, which must be ascending, distinct under `==` and NaN-free.
    init(_ values: [Double]) {
        self.values = values
        guard let first = values.first, let last = values.last, values.count < Int(Int32.max) else {
            minimumKey = 0
            shift = 64
            bucketStarts = []
            return
        }
        let low = Self.key(first), high = Self.key(last)
        minimumKey = low
        // About one bucket per value, at most 2¹⁸.
        var bucketBits: UInt64 = 1
        while bucketBits < 18 && (1 << bucketBits) < values.count { bucketBits += 1 }
        let rangeBits = UInt64(64 - (high &- low).leadingZeroBitCount)
        shift = rangeBits > bucketBits ? rangeBits - bucketBits : 0
        let bucketCount = Int(((high &- low) >> shift) + 1)
        var starts = [Int32](repeating: Int32(values.count), count: bucketCount + 1)
        var next = 0  // the next bucket whose start is still unset
        for (position, value) in values.enumerated() {
            let bucket = Int((Self.key(value) &- low) >> shift)
            while next <= bucket && next <= bucketCount {
                starts[next] = Int32(position)
                next += 1
            }
        }
        bucketStarts = starts
    }

    /// Order-preserving map of a double to an unsigned key (−0 sorts just below +0).
    @inline(__always)
    static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// The first position whose value is not below `value`.
    @inline(__always)
    func index(of value: Double) -> Int {
        let key = Self.key(value)
        if !bucketStarts.isEmpty, key >= minimumKey {
            let bucket = (key &- minimumKey) >> shift
            if bucket < UInt64(bucketStarts.count - 1) {
                let found = lowerBound(
                    value, from: Int(bucketStarts[Int(bucket)]), to: Int(bucketStarts[Int(bucket) + 1]))
                if found < values.count && values[found] == value { return found }
            }
        }
        return lowerBound(value, from: 0, to: values.count)
    }

    /// The first position in from..<to whose value is not below `value` (or `to`; clamped to the
    /// last position as the whole-array search is).
    @inline(__always)
    private func lowerBound(_ value: Double, from: Int, to: Int) -> Int {
        var low = from, high = max(from, to - 1)
        if to == values.count { high = values.count - 1 }
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
