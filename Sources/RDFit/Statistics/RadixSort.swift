/// Ascending sort of doubles by radix sort on their bit patterns, for the tens of thousands (up to
/// tens of millions) of bootstrap replicates every interval needs sorted: about five times faster
/// than a comparison sort at 10,000 values. The order is the same as `sorted()` except that −0.0
/// comes before +0.0 (which compare equal).
///
/// The sorted copy is the only allocation the size of the input: the values are sorted in place
/// as their order-preserving keys, by least-significant-digit passes with a scratch buffer below
/// ``inPlaceThreshold`` values and by in-place most-significant-digit passes (American flag sort)
/// above it, so that sorting 10^7 replicates costs 8 bytes per replicate and not 24. Both orders
/// are the total order of the keys, so the result does not depend on which is used.
enum RadixSort {
    /// Below this many values a comparison sort is faster.
    static let threshold = 512
    /// From this many values on, the sort works in place (no scratch buffer).
    static let inPlaceThreshold = 1 << 16
    /// Below this many keys, a range of the in-place sort is finished by insertion sort.
    private static let insertionRange = 32

    /// `values` sorted ascending.
    /// - Precondition: no value is NaN.
    static func sorted(_ values: [Double]) -> [Double] { sortedDroppingNaN(values) }

    /// The values of `values` that are not NaN, sorted ascending, in one allocation.
    static func sortedDroppingNaN(_ values: some Collection<Double>) -> [Double] {
        var kept = 0
        for value in values where !value.isNaN { kept += 1 }
        guard kept >= threshold else { return values.filter { !$0.isNaN }.sorted() }
        var result = [Double](unsafeUninitializedCapacity: kept) { buffer, count in
            var k = 0
            for value in values where !value.isNaN {
                buffer.initializeElement(at: k, to: value)
                k += 1
            }
            count = kept
        }
        result.withUnsafeMutableBufferPointer { doubles in
            doubles.withMemoryRebound(to: UInt64.self) { keys in
                for i in keys.indices { keys[i] = orderKey(bits: keys[i]) }
                if kept < inPlaceThreshold { leastSignificantDigitFirst(keys) } else { americanFlag(keys) }
                for i in keys.indices {
                    let key = keys[i]
                    keys[i] = key >> 63 == 1 ? key & ~(1 << 63) : ~key
                }
            }
        }
        return result
    }

    /// The order-preserving unsigned key of a double's bit pattern (not NaN): every bit of a
    /// negative flipped, the sign bit of the rest set (−0.0 keeps a key below +0.0's).
    @inline(__always)
    static func orderKey(bits: UInt64) -> UInt64 {
        bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// ``orderKey(bits:)`` of a double that is not NaN, except that −0.0 has +0.0's key, since the
    /// two compare equal.
    @inline(__always)
    static func key(_ value: Double) -> UInt64 {
        orderKey(bits: value == 0 ? 0 : value.bitPattern)
    }

    /// `items` sorted stably by `key(item)` ascending: LSD radix passes on the keys' bytes (a
    /// byte every key shares is skipped), with one scratch buffer of the items. For keys from
    /// ``key(_:)`` the order is that of a stable comparison sort by the doubles (ties keep
    /// their order), so a caller may use either; below ``threshold`` items it is one.
    static func stableSorted<Item: BitwiseCopyable>(_ items: [Item], key: (Item) -> UInt64) -> [Item] {
        var result = items
        guard items.count >= threshold else {
            // Swift's sort is stable (a modified timsort).
            result.sort { key($0) < key($1) }
            return result
        }
        result.withUnsafeMutableBufferPointer { leastSignificantDigitFirst($0, key: key) }
        return result
    }

    /// LSD radix sort of `keys` by bytes, with a scratch buffer of the same size.
    private static func leastSignificantDigitFirst(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        leastSignificantDigitFirst(keys) { $0 }
    }

    /// Stable LSD radix sort of `items` by the bytes of `key(item)`, with a scratch buffer of the
    /// same size; a byte every key shares (the high bytes of similar values) is skipped.
    private static func leastSignificantDigitFirst<Item: BitwiseCopyable>(
        _ items: UnsafeMutableBufferPointer<Item>, key: (Item) -> UInt64
    ) {
        let n = items.count
        guard n > 0 else { return }
        let scratch = UnsafeMutableBufferPointer<Item>.allocate(capacity: n)
        defer { scratch.deallocate() }
        var count = [Int](repeating: 0, count: 256)
        count.withUnsafeMutableBufferPointer { count in
            var from = items, to = scratch
            for pass in 0..<8 {
                let shift = UInt64(pass * 8)
                for i in 0..<256 { count[i] = 0 }
                for item in from { count[Int((key(item) >> shift) & 0xFF)] += 1 }
                if count[Int((key(from[0]) >> shift) & 0xFF)] == n { continue }
                var total = 0
                for i in 0..<256 { let c = count[i]; count[i] = total; total += c }
                for item in from {
                    let digit = Int((key(item) >> shift) & 0xFF)
                    to[count[digit]] = item
                    count[digit] += 1
                }
                swap(&from, &to)
            }
            if from.baseAddress != items.baseAddress {
                for i in 0..<n { items[i] = from[i] }
            }
        }
    }

    /// In-place MSD radix sort of `keys` by bytes (American flag sort: McIlroy, Bostic & McIlroy
    /// 1993), ranges of fewer than ``insertionRange`` keys finished by insertion sort.
    private static func americanFlag(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        var pending: [(start: Int, end: Int, shift: UInt64)] = [(0, keys.count, 56)]
        var count = [Int](repeating: 0, count: 256)
        var next = [Int](repeating: 0, count: 256)
        var end = [Int](repeating: 0, count: 256)
        while let range = pending.popLast() {
            let shift = range.shift
            if range.end - range.start < insertionRange {
                insertionSort(keys, range.start..<range.end)
                continue
            }
            for i in 0..<256 { count[i] = 0 }
            for i in range.start..<range.end { count[Int((keys[i] >> shift) & 0xFF)] += 1 }
            if count[Int((keys[range.start] >> shift) & 0xFF)] == range.end - range.start {
                if shift > 0 { pending.append((range.start, range.end, shift - 8)) }
                continue
            }
            var total = range.start
            for d in 0..<256 {
                next[d] = total
                total += count[d]
                end[d] = total
            }
            // Cycle leader: take the first unplaced key of bucket d, carry it to its own bucket,
            // taking that bucket's first unplaced key, until a key of bucket d comes back.
            for d in 0..<256 {
                while next[d] < end[d] {
                    var key = keys[next[d]]
                    var digit = Int((key >> shift) & 0xFF)
                    while digit != d {
                        let displaced = keys[next[digit]]
                        keys[next[digit]] = key
                        next[digit] += 1
                        key = displaced
                        digit = Int((key >> shift) & 0xFF)
                    }
                    keys[next[d]] = key
                    next[d] += 1
                }
            }
            guard shift > 0 else { continue }
            for d in 0..<256 where count[d] > 1 {
                pending.append((end[d] - count[d], end[d], shift - 8))
            }
        }
    }

    private static func insertionSort(_ keys: UnsafeMutableBufferPointer<UInt64>, _ range: Range<Int>) {
        guard range.count > 1 else { return }
        for i in (range.lowerBound + 1)..<range.upperBound {
            let key = keys[i]
            var j = i
            while j > range.lowerBound && keys[j - 1] > key {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
        }
    }
}
