import Foundation

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
/// (L = π/2 + θ0), which makes b = −1 exact. The peak is located by bisection (geometric when it
/// is close to an end) and passed to the quadrature as a break point; the integrand is scaled by
/// its maximum so that light tails do not underflow before the logarithm is taken.
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

    /// log of the density at y > 0.
    func logDensityPositive(_ y: Double) -> Double {
        let logScale = exponent * log(y)
        let half = length / 2
        let lowerAtMiddle = logScale + logV(half, fromLower: true)
        // log g decreases in u (lower half) and increases in d (upper half).
        var breakLower: Double?, breakUpper: Double?
        let peakLogG: Double
        if lowerAtMiddle > 0 {
            // Peak in the upper half, or g > 1 everywhere (the minimum of g is at d = 0).
            let atEnd = logScale + logV(half * 1e-300, fromLower: false)
            if atEnd.isFinite && atEnd >= 0 {
                peakLogG = atEnd
            } else {
                breakUpper = root(in: half) { logScale + logV($0, fromLower: false) }
                peakLogG = 0
            }
        } else {
            breakLower = root(in: half) { -(logScale + logV($0, fromLower: true)) }
            peakLogG = 0
        }
        let peak = peakLogG - exp(peakLogG)
        let lower = integrateHalf(half, breakPoint: breakLower, fromLower: true, logScale: logScale, peak: peak)
        let upper = integrateHalf(half, breakPoint: breakUpper, fromLower: false, logScale: logScale, peak: peak)
        return log(alpha / (Double.pi * (alpha - 1))) - log(y) + peak + log(lower + upper)
    }

    private func integrateHalf(_ half: Double, breakPoint: Double?, fromLower: Bool,
                               logScale: Double, peak: Double) -> Double {
        var points = [0.0]
        if let breakPoint, breakPoint > 0, breakPoint < half {
            // Extra break points at a tenth and ten times the peak's distance from the end keep
            // the panels adapted to a peak that is narrow compared with the half range.
            if breakPoint * 10 < half { points.append(breakPoint / 10) }
            points.append(breakPoint)
            if breakPoint * 10 < half { points.append(breakPoint * 10) }
        }
        points.append(half)
        let outcome = AdaptiveGaussLegendre.integrate(over: points) { t in
            let logG = logScale + logV(t, fromLower: fromLower)
            let value = exp(logG - exp(logG) - peak)
            return value.isFinite ? value : 0
        }
        return outcome.value
    }

    /// The root in (0, half] of an increasing function h of the local variable, by bisection that
    /// is geometric while the bracket spans more than a factor of four.
    private func root(in half: Double, _ h: (Double) -> Double) -> Double {
        var low = half * 1e-300, high = half
        if h(low) >= 0 { return low }
        for _ in 0..<200 {
            let middle = high > 4 * low ? (low * high).squareRoot() : 0.5 * (low + high)
            if middle <= low || middle >= high { break }
            if h(middle) < 0 { low = middle } else { high = middle }
            if high - low <= 1e-15 * high { break }
        }
        return 0.5 * (low + high)
    }
}
