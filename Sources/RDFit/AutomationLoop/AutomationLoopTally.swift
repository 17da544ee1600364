/// Integer counts from a block of runs; blocks merge by addition, so totals do not depend on how
/// runs were split between threads. Memory depends on the longest run, never on the run count.
struct AutomationLoopTally: Sendable {
    /// Per condition: (months M, required doublings K).
    let windows: [(months: Double, doublings: Int)]
    let bandMonths: [Double]
    var runs = 0
    var meeting: [Int]
    /// Runs by the largest number of doublings that fit in under 12 months.
    var compressedHistogram: [Int] = []
    /// Per band month: runs by doublings completed by then.
    var bandHistograms: [[Int]]
    var endReasons = [Int](repeating: 0, count: AutomationLoopEndReason.allCases.count)

    init(specification: AutomationLoopSpecification) {
        let perYear = specification.doublingsPerYearOfProgress
        windows = specification.conditions.map {
            ($0.months, $0.requiredDoublings(doublingsPerYearOfProgress: perYear))
        }
        bandMonths = specification.bandMonths ?? []
        meeting = [Int](repeating: 0, count: windows.count)
        bandHistograms = [[Int]](repeating: [], count: bandMonths.count)
    }

    /// Adds one run, given its recorded times t_0 = 0 ≤ t_1 ≤ … (t_i = end of doubling i).
    mutating func add(times: [Double], endReason: AutomationLoopEndReason) {
        runs += 1
        endReasons[AutomationLoopEndReason.allCases.firstIndex(of: endReason)!] += 1
        let last = times.count - 1
        for (index, window) in windows.enumerated() where Self.fits(window, in: times, last: last) {
            meeting[index] += 1
        }
        var left = 0
        var best = 0
        for right in 0...last {
            while times[right] - times[left] >= 12 { left += 1 }
            best = max(best, right - left)
        }
        Self.increment(&compressedHistogram, at: best)
        var completed = 0
        for (index, month) in bandMonths.enumerated() {
            while completed < last && times[completed + 1] <= month { completed += 1 }
            Self.increment(&bandHistograms[index], at: completed)
        }
    }

    /// Whether some K consecutive doublings took less than M months.
    static func fits(_ window: (months: Double, doublings: Int), in times: [Double], last: Int) -> Bool {
        let k = window.doublings
        guard k <= last else { return false }
        for start in 0...(last - k) where times[start + k] - times[start] < window.months {
            return true
        }
        return false
    }

    static func increment(_ histogram: inout [Int], at index: Int) {
        if histogram.count <= index {
            histogram.append(contentsOf: repeatElement(0, count: index + 1 - histogram.count))
        }
        histogram[index] += 1
    }

    static func add(_ histogram: inout [Int], _ other: [Int]) {
        if histogram.count < other.count {
            histogram.append(contentsOf: repeatElement(0, count: other.count - histogram.count))
        }
        for (index, count) in other.enumerated() { histogram[index] += count }
    }

    mutating func merge(_ other: AutomationLoopTally) {
        runs += other.runs
        for index in meeting.indices { meeting[index] += other.meeting[index] }
        for index in endReasons.indices { endReasons[index] += other.endReasons[index] }
        Self.add(&compressedHistogram, other.compressedHistogram)
        for index in bandHistograms.indices { Self.add(&bandHistograms[index], other.bandHistograms[index]) }
    }

    /// The inverse-ECDF (Hyndman & Fan type 1) quantile of a histogram of whole numbers: the
    /// smallest value whose cumulative count reaches p·n (the smallest value for p = 0).
    static func quantile(_ histogram: [Int], total: Int, level: Double) -> Int {
        let target = level * Double(total)
        var cumulative = 0
        for (value, count) in histogram.enumerated() {
            cumulative += count
            if count > 0 && Double(cumulative) >= target { return value }
        }
        return max(0, histogram.count - 1)
    }
}
