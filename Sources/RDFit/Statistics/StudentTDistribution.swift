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

/// Student's t distribution: CDF and quantile, for intervals on fitted growth rates.
public enum StudentTDistribution {
    /// P(T ≤ t) for `degreesOfFreedom` ν > 0, from the regularised incomplete beta function:
    /// P(T ≤ t) = 1 − ½·I_(ν/(ν+t²))(ν/2, ½) for t ≥ 0.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, !t.isNaN else { return .nan }
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let x = nu / (nu + t * t)
        let tail = 0.5 * IncompleteBeta.regularized(x: x, a: nu / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The quantile t_p with P(T ≤ t_p) = p, by Newton iterations from a normal start,
    /// safeguarded by bisection; accurate to about 1e-12.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, p > 0, p < 1 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
        var low = 0.0, high = 1.0
        while cdf(high, degreesOfFreedom: nu) < p { low = high; high *= 2; if high > 1e300 { return .infinity } }
        var t = min(max(NormalDistribution.standardQuantile(p), low), high)
        for _ in 0..<200 {
            let f = cdf(t, degreesOfFreedom: nu) - p
            if f > 0 { high = t } else { low = t }
            let density = tDensity(t, nu)
            var next = t - f / density
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - t) <= 1e-14 * max(1, abs(t)) { return next }
            t = next
        }
        return t
    }

    /// The density of Student's t with ν degrees of freedom.
    public static func tDensity(_ t: Double, _ nu: Double) -> Double {
        let logNormaliser: Double = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
        let logKernel: Double = -(nu + 1) / 2 * log1p(t * t / nu)
        return exp(logNormaliser + logKernel)
    }

    /// The two-sided critical value t with P(|T| ≤ t) = level.
    public static func twoSidedCriticalValue(level: Double, degreesOfFreedom nu: Double) -> Double {
        quantile(0.5 + level / 2, degreesOfFreedom: nu)
    }
}

/// The regularised incomplete beta function I_x(a, b) by Lentz's continued fraction
/// (Numerical Recipes §6.4).
enum IncompleteBeta {
    static func regularized(x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let logFront = logGammas + logPowers
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x: x, a: a, b: b) / a
        }
        return 1 - exp(logFront) * continuedFraction(x: 1 - x, a: b, b: a) / b
    }

    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let md = Double(m)
            var aa = md * (b - md) * x / ((a + 2 * md - 1) * (a + 2 * md))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + md) * (a + b + md) * x / ((a + 2 * md) * (a + 2 * md + 1))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }
}
