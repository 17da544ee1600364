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

/// The transition density of the Feller (square-root) diffusion in the scaled form used by the
/// Bayesian single-endpoint estimator of Erdil, Besiroglu & Ho (2024), <doc:BayesianSingleEndpoint>.
///
/// With Z = X/a, x = Z_T/τ, ℓ = Z_0/τ and ν = c/a − 1, the quantity 2x is noncentral chi-square
/// with 2ν + 2 degrees of freedom and noncentrality 2ℓ, so
///
///     p(x) = Σ_(m≥0) [e^(−ℓ) ℓ^m / m!] · [x^(m+ν) e^(−x) / Γ(m+ν+1)]
///          = e^(−(x+ℓ)) · (x/ℓ)^(ν/2) · I_ν(2·sqrt(ℓx)).
///
/// Every function returns the natural log of p(x). Valid arguments are x ≥ 0, ℓ ≥ 0 and ν ≥ −1;
/// NaN is returned for NaN or invalid parameters (ℓ < 0, ν < −1), −∞ for x < 0 or x = ∞.
///
/// Three evaluation paths exist, and ``logDensity(x:ell:nu:)`` picks between the first two:
/// - ``logDensitySeries(x:ell:nu:)``: the Poisson-mixture series summed in log space around its
///   largest term (exact up to rounding; cost grows like the square root of the peak index);
/// - ``logDensityAsymptotic(x:ell:nu:)``: the Bessel form with the Debye (large-order) or Hankel
///   (large-argument) expansion of the exponentially scaled I_ν;
/// - ``logDensityPublished(x:ell:nu:)``: the series truncated exactly as the authors' double
///   precision gamma overflow truncated it, to reproduce the published numbers.
public enum FellerTransitionDensity {
    /// Peak index (continuous) of the series above which ``logDensity(x:ell:nu:)`` switches from
    /// the summed series to the asymptotic Bessel expansions.
    ///
    /// 400 keeps the series cheap (at most about 250 terms, each a multiply and a divide) while
    /// every point beyond it has either ν ≥ ``debyeMinimumOrder`` (Debye expansion, uniform in the
    /// argument) or Bessel argument 2·sqrt(ℓx) above 800 with ν² < 400 (Hankel expansion, first
    /// correction at most 1/4 and the truncation error below 1e-15). The overlap is tested.
    public static let seriesPeakLimit: Double = 400

    /// The smallest order ν at which the Debye uniform expansion (terms through U₅/ν⁵) is used.
    ///
    /// At ν = 20 the first omitted term U₆(p)/ν⁶ is below 1e-9 for every p in (0, 1] (max |U₆| ≈ 0.041).
    public static let debyeMinimumOrder: Double = 20

    /// Relative size below which a series term no longer changes the sum (a little under the
    /// double precision unit roundoff, 2⁻⁵³ ≈ 1.1e-16).
    static let negligibleRelativeTerm: Double = 1e-17

    /// log p(x) for the transition density, exact to rounding, by the best path for the arguments.
    ///
    /// Uses ``logDensitySeries(x:ell:nu:)`` when the series peaks at an index of at most
    /// ``seriesPeakLimit`` and ``logDensityAsymptotic(x:ell:nu:)`` otherwise. Special cases:
    /// ℓ = 0 is the central (Gamma(ν+1)) density; x = 0 gives the limit of the series.
    /// - Parameters:
    ///   - x: the scaled end state Z_T/τ, x ≥ 0.
    ///   - ell: the scaled start state ℓ = Z_0/τ, ℓ ≥ 0.
    ///   - nu: the order ν = c/a − 1 ≥ −1.
    /// - Returns: ln p(x); −∞ where the density is zero, NaN for invalid parameters.
    public static func logDensity(x: Double, ell: Double, nu: Double) -> Double {
        if let special = specialCase(x: x, ell: ell, nu: nu) { return special }
        let peak = peakIndex(x: x, ell: ell, nu: nu)
        if peak <= seriesPeakLimit {
            return seriesSum(x: x, ell: ell, nu: nu, lowestIndex: lowestIndex(nu: nu), highestIndex: nil)
        }
        if let value = logDensityAsymptotic(x: x, ell: ell, nu: nu) { return value }
        // Not reached for valid arguments (see `seriesPeakLimit`); the series is exact anyway.
        return seriesSum(x: x, ell: ell, nu: nu, lowestIndex: lowestIndex(nu: nu), highestIndex: nil)
    }

    /// log p(x) by the Poisson-mixture series, summed in log space outward from its largest term.
    ///
    /// The ratio of consecutive terms is ℓx / ((m+1)(m+ν+1)), decreasing in m, so the terms are
    /// log-concave with their maximum near m* (``peakIndex(x:ell:nu:)``). The peak term is the
    /// product of two Poisson-type factors, e^(−ℓ)ℓ^m/m! and x^(m+ν)e^(−x)/Γ(m+ν+1), each
    /// evaluated by Loader's saddle-point form (stable for huge ℓ, x, ν; `lgamma` underneath);
    /// the others follow by the ratio recurrence, relative to the peak
    /// (so nothing under- or overflows), until a term is below 1e-17 of the running sum.
    /// Cost is about 13·sqrt(m*) terms; intended for m* up to about 10⁸.
    /// - Parameters: as ``logDensity(x:ell:nu:)``.
    /// - Returns: ln p(x).
    public static func logDensitySeries(x: Double, ell: Double, nu: Double) -> Double {
        if let special = specialCase(x: x, ell: ell, nu: nu) { return special }
        return seriesSum(x: x, ell: ell, nu: nu, lowestIndex: lowestIndex(nu: nu), highestIndex: nil)
    }

    /// The continuous index m* of the largest series term, the positive root of
    /// (m+1)(m+ν+1) = ℓx: m* = (sqrt(ν² + 4ℓx) − (ν+2))/2, or 0 when that is negative.
    /// - Parameters: as ``logDensity(x:ell:nu:)``.
    public static func peakIndex(x: Double, ell: Double, nu: Double) -> Double {
        let product = ell * x
        if product == .infinity { return .infinity }
        // ν² overflows beyond ν ≈ 1.3e154 (extreme proposals reach it); hypot does not.
        let nuSquared = nu * nu
        let root = nuSquared.isFinite ? (nuSquared + 4 * product).squareRoot() : hypot(nu, 2 * product.squareRoot())
        // Rewrite root − (ν+2) to avoid cancellation when 4ℓx is small next to ν².
        let numerator = (4 * product - 4 * nu - 4) / (root + nu + 2)
        let peak = (nu + 2 > 0) ? numerator / 2 : (root - (nu + 2)) / 2
        return max(0, peak)
    }

    // MARK: - Shared pieces

    /// Arguments handled in closed form: invalid values, ℓ = 0 (central case), x = 0, infinities.
    static func specialCase(x: Double, ell: Double, nu: Double) -> Double? {
        if x.isNaN || ell.isNaN || nu.isNaN { return .nan }
        if ell < 0 || nu < -1 || nu == .infinity { return .nan }
        if x < 0 || x == .infinity || ell == .infinity { return -.infinity }
        if ell == 0 {
            // Central case: x ~ Gamma(ν+1, 1). At ν = −1 all mass sits at x = 0.
            if nu == -1 { return x == 0 ? .infinity : -.infinity }
            if x == 0 { return nu > 0 ? -.infinity : (nu == 0 ? 0 : .infinity) }
            return LoaderPoissonTerms.logTerm(nu, x)
        }
        if x == 0 {
            if nu == -1 { return log(ell) - ell }  // only the m = 1 term survives
            if nu > 0 { return -.infinity }
            if nu == 0 { return -ell }
            return .infinity
        }
        return nil
    }

    /// The first index with a non-zero term: at ν = −1 the m = 0 term has 1/Γ(0) = 0.
    static func lowestIndex(nu: Double) -> Int { nu == -1 ? 1 : 0 }

    /// ln of −ℓ − x + ln Σ_(m=lo...hi) ℓ^m x^(m+ν) / (m! Γ(m+ν+1)), summed outward from the
    /// largest term of the index range (the terms are log-concave in m). Requires x, ℓ > 0 finite.
    static func seriesSum(x: Double, ell: Double, nu: Double, lowestIndex: Int, highestIndex: Int?) -> Double {
        let peak = peakIndex(x: x, ell: ell, nu: nu)
        if highestIndex == nil && !(peak < 1e15) { return .nan }  // beyond any summable range
        var start = lowestIndex
        if let highestIndex {
            if highestIndex < lowestIndex { return -.infinity }
            start = max(lowestIndex, Int(min(Double(highestIndex), peak.rounded())))
        } else {
            start = max(lowestIndex, Int(peak.rounded()))
        }
        let product = ell * x
        let m0 = Double(start)
        // ln of e^(−ℓ)ℓ^m/m! · x^(m+ν)e^(−x)/Γ(m+ν+1) at m0, each factor by Loader's method so
        // that huge ℓ, x and ν do not cancel catastrophically.
        let logPeakTerm = LoaderPoissonTerms.logTerm(m0, ell) + LoaderPoissonTerms.logTerm(m0 + nu, x)

        var sum = 1.0
        // Upward from the start.
        var term = 1.0
        var m = m0
        let upperLimit = highestIndex.map(Double.init) ?? .infinity
        while m < upperLimit {
            term *= product / ((m + 1) * (m + nu + 1))
            m += 1
            sum += term
            if term < negligibleRelativeTerm * sum { break }
            if sum == .infinity { return .nan }  // not log-concave from here: never for a correct peak
        }
        // Downward from the start.
        term = 1.0
        m = m0
        let lowerLimit = Double(lowestIndex)
        while m > lowerLimit {
            term *= m * (m + nu) / product
            m -= 1
            sum += term
            if term < negligibleRelativeTerm * sum { break }
        }
        return logPeakTerm + log(sum)
    }
}
