/// Ascending sort of NaN-free doubles by least-significant-digit radix sort on their bit patterns,
/// for the tens of thousands of bootstrap replicates every interval needs sorted: about five
/// times faster than a comparison sort at 10,000 values. The order is the same as `sorted()`
/// except that −0.0 comes before +0.0 (which compare equal).
enum RadixSort {
    /// Below this many values a comparison sort is faster.
    static let threshold = 512

    /// `values` sorted ascending.
    /// - Precondition: no value is NaN.
    static func sorted(_ values: [Double]) -> [Double] {
        let n = values.count
        guard n >= threshold else { return values.sorted() }
        // Order-preserving map to unsigned keys: flip every bit of negatives, the sign bit of the rest.
        var keys = values.map { value -> UInt64 in
            let bits = value.bitPattern
            return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
        }
        var scratch = [UInt64](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 256)
        keys.withUnsafeMutableBufferPointer { source in
            scratch.withUnsafeMutableBufferPointer { target in
                counts.withUnsafeMutableBufferPointer { count in
                    var from = source, to = target
                    for pass in 0..<8 {
                        let shift = UInt64(pass * 8)
                        for i in 0..<256 { count[i] = 0 }
                        for k in from { count[Int((k >> shift) & 0xFF)] += 1 }
                        // Skip a digit that every key shares (the high bytes of similar values).
                        if count[Int((from[0] >> shift) & 0xFF)] == n { continue }
                        var total = 0
                        for i in 0..<256 { let c = count[i]; count[i] = total; total += c }
                        for k in from {
                            let digit = Int((k >> shift) & 0xFF)
                            to[count[digit]] = k
                            count[digit] += 1
                        }
                        swap(&from, &to)
                    }
                    if from.baseAddress != source.baseAddress {
                        for i in 0..<n { source[i] = from[i] }
                    }
                }
            }
        }
        return keys.map { key in
            Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
        }
    }
}
