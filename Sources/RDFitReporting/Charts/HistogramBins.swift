import RDFit

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Equal-width bins for a histogram of draws over a display range that leaves out extreme tails.
///
/// The display range is [q_low, q_high] of the finite draws (type-7 quantiles; default 0.5% and
/// 99.5%), so a few huge bootstrap or posterior draws of r cannot squash the plot. Bin width
/// follows Freedman & Diaconis (1981): h = 2·IQR·n^(−1/3), with n all finite draws; the count is
/// ⌈range/h⌉ clamped to 5…`maximumBins`. With IQR = 0 Sturges' rule ⌈log₂ n⌉ + 1 is used.
/// Densities are count/(n·h) over all finite draws, so the bars' area is the share displayed.
public struct HistogramBins: Sendable, Hashable, Codable {
    /// Which rule chose the number of bins.
    public enum Rule: String, Sendable, Hashable, Codable {
        /// Freedman–Diaconis, h = 2·IQR·n^(−1/3).
        case freedmanDiaconis = "freedman-diaconis"
        /// Sturges, ⌈log₂ n⌉ + 1 bins (used when the IQR is 0).
        case sturges
        /// A single bin (all displayed draws equal).
        case single
    }

    /// Bin edges, one more than the bins, increasing.
    public let edges: [Double]
    /// Draws per bin (the last bin includes its upper edge).
    public let counts: [Int]
    /// count/(n·width) per bin, n = ``finiteCount``.
    public let densities: [Double]
    /// Finite draws (n).
    public let finiteCount: Int
    /// Draws that were NaN or infinite (not binned).
    public let nonFiniteCount: Int
    /// Finite draws below the display range.
    public let belowDisplayCount: Int
    /// Finite draws above the display range.
    public let aboveDisplayCount: Int
    /// The quantile levels that bound the display range.
    public let displayQuantiles: ClosedRange<Double>
    /// Lower end of the display range.
    public let displayLower: Double
    /// Upper end of the display range.
    public let displayUpper: Double
    /// The rule that chose the bin count.
    public let rule: Rule

    /// Bins `draws`.
    ///
    /// - Parameters:
    ///   - draws: Values to bin; non-finite ones are counted and left out.
    ///   - displayQuantiles: Quantile levels bounding the display; default 0.005…0.995; use 0…1
    ///     to show everything.
    ///   - maximumBins: Upper limit on the bin count; default 100.
    /// - Returns: nil when there is no finite draw.
    public init?(draws: [Double], displayQuantiles: ClosedRange<Double> = 0.005...0.995, maximumBins: Int = 100) {
        let finite = draws.filter(\.isFinite).sorted()
        guard !finite.isEmpty else { return nil }
        let quantiles = max(0, displayQuantiles.lowerBound)...min(1, displayQuantiles.upperBound)
        let n = finite.count
        var lower = Quantile.sorted(finite, quantiles.lowerBound)
        var upper = Quantile.sorted(finite, quantiles.upperBound)
        let iqr = Quantile.sorted(finite, 0.75) - Quantile.sorted(finite, 0.25)
        var binCount: Int
        var rule: Rule
        if upper <= lower {
            let width = lower == 0 ? 1 : abs(lower) * 0.1
            lower -= width / 2
            upper += width / 2
            binCount = 1
            rule = .single
        } else if iqr > 0 {
            let width = 2 * iqr * pow(Double(n), -1.0 / 3)
            binCount = Int(((upper - lower) / width).rounded(.up))
            rule = .freedmanDiaconis
        } else {
            binCount = Int(log2(Double(n)).rounded(.up)) + 1
            rule = .sturges
        }
        if rule != .single { binCount = min(max(binCount, 5), max(maximumBins, 5)) }
        let width = (upper - lower) / Double(binCount)
        edges = (0...binCount).map { $0 == binCount ? upper : lower + Double($0) * width }
        var counts = [Int](repeating: 0, count: binCount)
        var below = 0
        var above = 0
        for value in finite {
            if value < lower { below += 1; continue }
            if value > upper { above += 1; continue }
            let index = min(Int((value - lower) / width), binCount - 1)
            counts[index] += 1
        }
        self.counts = counts
        densities = counts.map { Double($0) / (Double(n) * width) }
        finiteCount = n
        nonFiniteCount = draws.count - n
        belowDisplayCount = below
        aboveDisplayCount = above
        self.displayQuantiles = quantiles
        displayLower = lower
        displayUpper = upper
        self.rule = rule
    }
}
