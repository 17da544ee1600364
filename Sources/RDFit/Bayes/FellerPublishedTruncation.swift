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

extension FellerTransitionDensity {
    /// The smallest argument at which the double precision gamma function Γ overflows to +∞
    /// (SciPy's `gamma`; C's `tgamma` agrees to the last bit that matters), 171.6243769563027.
    ///
    /// Γ(v) is finite exactly for v below this value, so a series term m enters the published
    /// likelihood iff m + 1 and m + ν + 1 are both below it (<doc:BayesianSingleEndpoint>).
    public static let publishedGammaOverflowArgument: Double = 171.6243769563027

    /// The number of terms the authors' series loops over, m = 0...19999.
    public static let publishedSeriesLength: Int = 20000

    /// log p(x) as the published analysis evaluated it: the series over m = 0...19999 with every
    /// term whose Γ(m+1) or Γ(m+ν+1) overflows in double precision dropped.
    ///
    /// In the source each term divides by Γ(·); an infinite gamma makes its log +∞ and the term
    /// contribute nothing. Only the terms with m + 1 < 171.62… and m + ν + 1 < 171.62… enter,
    /// i.e. m ≤ min(170, ⌈170.62… − ν⌉ − 1). Draws whose series peaks beyond m ≈ 170 (low-noise
    /// draws) are therefore under-weighted, and ν > 170.62… gives zero likelihood (−∞).
    /// The remaining terms are summed in log space (as ``logDensitySeries(x:ell:nu:)``), which is
    /// what the source would give absent underflow. Use only to reproduce the published tables
    /// (Erdil, Besiroglu & Ho 2024; Eth & Davidson 2025, Table 4); ``logDensity(x:ell:nu:)`` is
    /// the correct density.
    /// - Parameters: as ``logDensity(x:ell:nu:)``.
    /// - Returns: ln of the truncated sum; −∞ when no term survives.
    public static func logDensityPublished(x: Double, ell: Double, nu: Double) -> Double {
        let highest = publishedHighestIndex(nu: nu)
        if x.isNaN || ell.isNaN || nu.isNaN || ell < 0 || nu < -1 || nu == .infinity { return .nan }
        if highest < lowestIndex(nu: nu) { return -.infinity }
        if ell == 0 || x == 0 {
            // Only m = 0 (or m = 1 at ν = −1) contributes, and it is inside the range here.
            return specialCase(x: x, ell: ell, nu: nu) ?? .nan
        }
        if let special = specialCase(x: x, ell: ell, nu: nu) { return special }
        return seriesSum(x: x, ell: ell, nu: nu, lowestIndex: lowestIndex(nu: nu), highestIndex: highest)
    }

    /// The largest index m whose term survives the published truncation, or −1 if none does:
    /// min(170, ⌈G − 1 − ν⌉ − 1, 19999) with G = ``publishedGammaOverflowArgument``.
    public static func publishedHighestIndex(nu: Double) -> Int {
        let g = publishedGammaOverflowArgument
        let byFactorial = Int((g - 1).rounded(.up)) - 1  // m + 1 < G
        let bound = g - 1 - nu
        guard bound > 0 else { return -1 }
        let byGamma = Int(bound.rounded(.up)) - 1  // m + ν + 1 < G
        return min(byFactorial, byGamma, publishedSeriesLength - 1)
    }
}
