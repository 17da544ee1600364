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

/// One-dimensional root finding on a bracket.
package enum RootFinding {
    /// Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4;
    /// the `zbrent` form of Press et al., Numerical Recipes §9.3): inverse quadratic
    /// interpolation or secant steps, falling back to bisection whenever they would leave the
    /// bracket or converge slowly, so it never does worse than bisection on a continuous function.
    ///
    /// - Parameters:
    ///   - a: one end of the bracket.
    ///   - b: the other end; f(a) and f(b) must not have the same sign.
    ///   - fa: f(a), if already known.
    ///   - fb: f(b), if already known.
    ///   - tolerance: absolute tolerance on the root; default 1e-10.
    ///   - maximumIterations: default 100.
    ///   - f: the function; a NaN value stops the search.
    /// - Returns: x with |x − root| ≤ tolerance (about), or nil when the ends do not bracket a sign
    ///   change or f returns NaN.
    package static func brent(
        from a: Double, to b: Double, fa: Double? = nil, fb: Double? = nil, tolerance: Double = 1e-10,
        maximumIterations: Int = 100, _ f: (Double) throws -> Double
    ) rethrows -> Double? {
        var a = a, b = b
        var fa = try fa ?? f(a), fb = try fb ?? f(b)
        guard !fa.isNaN, !fb.isNaN else { return nil }
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard (fa < 0) != (fb < 0) else { return nil }
        var c = b, fc = fb
        var d = b - a, e = d
        for _ in 0..<maximumIterations {
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
                c = a; fc = fa; d = b - a; e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tol1 = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let xm = 0.5 * (c - b)
            if abs(xm) <= tol1 || fb == 0 { return b }
            if abs(e) >= tol1 && abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * xm * s
                    q = 1 - s
                } else {
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q }
                p = abs(p)
                let min1 = 3 * xm * q - abs(tol1 * q), min2 = abs(e * q)
                if 2 * p < min(min1, min2) {
                    e = d; d = p / q
                } else {
                    d = xm; e = d
                }
            } else {
                d = xm; e = d
            }
            a = b; fa = fb
            b += abs(d) > tol1 ? d : (xm > 0 ? tol1 : -tol1)
            fb = try f(b)
            guard !fb.isNaN else { return nil }
        }
        return b
    }
}
