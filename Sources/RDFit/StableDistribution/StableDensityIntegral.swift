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

/// The log-density of the standard stable law in Nolan's S1 parameterisation for 1 < α < 2, from
/// Zolotarev's integral representation in the form of Nolan (1997), "Numerical calculation of
/// stable densities and distribution functions", Commun. Statist.–Stochastic Models 13(4).
///
/// For y > 0 (y is the S1 variable; y = x − ζ in Nolan's S0 notation, ζ = −b·tan(πα/2)):
///
///     f(y) = α / (π (α − 1) y) · ∫ g(θ) e^(−g(θ)) dθ over (−θ0, π/2),
///     g(θ) = y^(α/(α−1)) · V(θ),  θ0 = arctan(b·tan(πα/2)) / α,
///     V(θ) = cos(αθ0)^(1/(α−1)) · (cos θ / sin(α(θ0 + θ)))^(α/(α−1)) · cos(αθ0 + (α−1)θ) / cos θ,
///
/// and f(y; b) = f(−y; −b) for y < 0. g decreases from ∞ to its minimum, so the integrand has
/// one peak, where g = 1 (or at the end where g is smallest, when g > 1 throughout).
///
/// Precision: the lower half of the range is integrated in u = θ + θ0 and the upper half in
/// d = π/2 − θ, so that the factors that vanish at each end (sin αu, cos θ = sin d) are computed
/// without cancellation; sin(α(θ0 + θ)) near θ = π/2 uses the closed forms of sin αL and cos αL
/// (L = π/2 + θ0), which makes b = −1 exact. Each half is integrated in s = log(half/t), which
/// turns the power-law behaviour at the ends into exponential decay and a narrow peak near an end
/// into a bell of width about one; the peak is located by bisection in s and passed to the
/// quadrature as a break point. The integrand is scaled by its maximum so that light tails do not
/// underflow before the logarithm is taken.
struct StableDensityIntegral {
    let alpha: Double
    let skewness: Double
    /// α/(α − 1).
    let exponent: Double
    /// αθ0, θ0 and L = π/2 + θ0.
    let alphaTheta0: Double
    let theta0: Double
    let length: Double
    /// (1/(α − 1))·log cos(αθ0).
    let logCosineTerm: Double
    /// sin(αL) and cos(αL).
    let sineAlphaLength: Double
    let cosineAlphaLength: Double

    init(alpha: Double, skewness: Double) {
        self.alpha = alpha
        self.skewness = skewness
        exponent = alpha / (alpha - 1)
        let tangent = tan(Double.pi * alpha / 2)
        alphaTheta0 = atan(skewness * tangent)
        theta0 = alphaTheta0 / alpha
        length = Double.pi / 2 + theta0
        let norm = (1 + skewness * skewness * tangent * tangent).squareRoot()
        let c0 = 1 / norm
        logCosineTerm = log(c0) / (alpha - 1)
        let sineHalf = sin(Double.pi * alpha / 2), cosineHalf = cos(Double.pi * alpha / 2)
        sineAlphaLength = c0 * sineHalf * (1 + skewness)
        cosineAlphaLength = c0 * (cosineHalf * cosineHalf - skewness * sineHalf * sineHalf) / cosineHalf
    }

    /// log V at u = θ + θ0 (lower half, `fromLower`) or at d = π/2 − θ (upper half). Near θ = π/2,
    /// cos(αθ0 + (α − 1)θ) = sin(αL)·cos((α − 1)d) − cos(αL)·sin((α − 1)d), exact at b = −1.
    @inline(__always)
    func logV(_ t: Double, fromLower: Bool) -> Double {
        let sineAlphaU: Double, cosineTheta: Double, last: Double
        if fromLower {
            sineAlphaU = sin(alpha * t)
            cosineTheta = cos(t - theta0)
            last = cos(theta0 + (alpha - 1) * t)
        } else {
            sineAlphaU = sineAlphaLength * cos(alpha * t) - cosineAlphaLength * sin(alpha * t)
            cosineTheta = sin(t)
            let shifted = (alpha - 1) * t
            last = sineAlphaLength * cos(shifted) - cosineAlphaLength * sin(shifted)
        }
        return logCosineTerm + (exponent - 1) * log(cosineTheta) - exponent * log(sineAlphaU) + log(last)
    }

    /// log of the density at y > 0. `levelAgreement` is the quadrature's stopping rule (the
    /// default gives the documented 1e-8; the density grid uses a looser one).
    func logDensityPositive(_ y: Double, levelAgreement: Double = 1e-6) -> Double {
        let logScale = exponent * log(y)
        let half = length / 2
        let lowerAtMiddle = logScale + logV(half, fromLower: true)
        // In s = log(half / t), log g increases with s in the lower half and decreases in the upper.
        var peakLower: Double?, peakUpper: Double?
        var lightTail = false
        let peakLogG: Double
        if lowerAtMiddle > 0 {
            let atEnd = logScale + logV(half * exp(-Self.searchRange), fromLower: false)
            if atEnd.isFinite && atEnd >= 0 {
                // g > 1 throughout: the integrand is largest where g is smallest, at θ = π/2.
                peakLogG = atEnd
                lightTail = true
            } else {
                peakUpper = root { -(logScale + logV(half * exp(-$0), fromLower: false)) }
                peakLogG = 0
            }
        } else {
            peakLower = root { logScale + logV(half * exp(-$0), fromLower: true) }
            peakLogG = 0
        }
        let peak = peakLogG - exp(peakLogG)
        let integrand: (Double, Bool) -> Double = { t, fromLower in
            let logG = logScale + self.logV(t, fromLower: fromLower)
            let value = exp(logG - exp(logG) - peak)
            return value.isFinite ? value : 0
        }
        let lower = logarithmicHalf(
            half, peak: peakLower, fromLower: true, logScale: logScale, levelAgreement: levelAgreement
        ) { integrand($0, true) }
        let upper: Double
        if lightTail {
            upper = TanhSinhQuadrature.integrate(0, half, levelAgreement: levelAgreement) { integrand($0, false) }
        } else {
            upper = logarithmicHalf(
                half, peak: peakUpper, fromLower: false, logScale: logScale, levelAgreement: levelAgreement
            ) {
                integrand($0, false)
            }
        }
        return log(alpha / (Double.pi * (alpha - 1))) - log(y) + peak + log(lower + upper)
    }

    /// The largest s searched, t = half·e^(−s) (down to about 1e-304 of the half range).
    static let searchRange = 700.0

    /// ∫ F(t) dt over (0, half] as ∫ F(half·e^(−s))·half·e^(−s) ds over [0, S]. The scaled
    /// integrand F is at most 1, so past the peak the integrand in s decreases at least like e^(−s)
    /// (for b = −1 in the upper half exactly so, faster otherwise). The peak's width w in s is
    /// 1/|d log g/ds| there (about (α − 1)/α in the lower half, so narrow as α → 2); break points
    /// go at the peak and 3w either side, and S is the first of peak + w·2^j where the integrand has
    /// fallen below 1e-18 of its peak value (at most peak + 64).
    private func logarithmicHalf(
        _ half: Double, peak: Double?, fromLower: Bool, logScale: Double, levelAgreement: Double,
        _ f: (Double) -> Double
    ) -> Double {
        func g(_ s: Double) -> Double {
            let t = half * exp(-s)
            return f(t) * t
        }
        func logG(_ s: Double) -> Double { logScale + logV(half * exp(-s), fromLower: fromLower) }
        let top = max(peak ?? 0, 0)
        let epsilon = 1e-5
        let rate = abs(logG(top + epsilon) - logG(max(top - epsilon, 0))) / (top + epsilon - max(top - epsilon, 0))
        let width = rate.isFinite ? min(1, 1 / max(rate, 1e-3)) : 1
        let reference = g(top)
        var cut = top + 64
        var offset = width
        while offset < 64 {
            if g(top + offset) < 1e-18 * reference {
                cut = top + offset
                break
            }
            offset *= 2
        }
        var points = [0.0]
        if top > 3 * width { points.append(top - 3 * width) }
        if top > 0 { points.append(top) }
        if cut > top + 3 * width { points.append(top + 3 * width) }
        points.append(cut)
        return (1..<points.count).reduce(0) {
            $0 + TanhSinhQuadrature.integrate(points[$1 - 1], points[$1], levelAgreement: levelAgreement, g)
        }
    }

    /// The root in s ∈ [0, searchRange] of an increasing function h, by bisection to 1e-6 (the
    /// root is only a break point for the quadrature).
    private func root(_ h: (Double) -> Double) -> Double {
        var low = 0.0, high = Self.searchRange
        if h(high) <= 0 { return high }
        if h(low) >= 0 { return low }
        while high - low > 1e-6 {
            let middle = 0.5 * (low + high)
            if h(middle) < 0 { low = middle } else { high = middle }
        }
        return 0.5 * (low + high)
    }
}
