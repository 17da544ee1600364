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
    /// log p(x) from the Bessel form p(x) = e^(−(x+ℓ)) (x/ℓ)^(ν/2) I_ν(2·sqrt(ℓx)) with an
    /// asymptotic expansion of I_ν, or `nil` where neither expansion is accurate.
    ///
    /// With z = 2·sqrt(ℓx), the exponents are rearranged so that huge x, ℓ and ν (low-noise
    /// parameter draws) do not cancel catastrophically:
    /// - ν ≥ ``debyeMinimumOrder``: Debye's uniform expansion (DLMF 10.41.3), with
    ///   s = sqrt(ν² + z²) and p = ν/s,
    ///   ln I_ν(z) = s + ν·ln(z/(ν+s)) − ½ ln(2π s) + ln Σ_(k=0...5) U_k(p)/ν^k;
    ///   valid uniformly in z; the exponent of p(x) is computed by `debyeExponent(x:ell:nu:s:)`.
    /// - otherwise, for z ≥ max(50, ν²): Hankel's large-argument expansion (DLMF 10.40.1),
    ///   ln I_ν(z) = z − ½ ln(2πz) + ln Σ_k (−1)^k a_k(ν)/z^k,
    ///   a_k(ν) = Π_(j=1...k) (4ν² − (2j−1)²) / (k! 8^k), summed until a term is negligible;
    ///   −(x+ℓ) + z is evaluated as −(√x − √ℓ)².
    /// - Parameters: as ``logDensity(x:ell:nu:)``.
    /// - Returns: ln p(x), or `nil` outside both ranges of validity.
    public static func logDensityAsymptotic(x: Double, ell: Double, nu: Double) -> Double? {
        if let special = specialCase(x: x, ell: ell, nu: nu) { return special }
        let rootX = x.squareRoot()
        let rootEll = ell.squareRoot()
        let z = 2 * rootX * rootEll
        let gap = rootX - rootEll
        if nu >= debyeMinimumOrder {
            let s = hypot(nu, z)
            let p = nu / s
            return debyeExponent(x: x, ell: ell, nu: nu, s: s) - 0.5 * log(2 * Double.pi * s)
                + log(debyeSeries(p: p, order: nu))
        }
        guard z >= max(50, nu * nu) else { return nil }
        guard let series = hankelSeries(nu: nu, z: z) else { return nil }
        return -gap * gap + 0.5 * nu * (log(x) - log(ell)) - 0.5 * log(2 * Double.pi * z) + log(series)
    }

    /// E = −(x+ℓ) + s + ν·ln(2x/(ν+s)), the exponent of the Debye form (using
    /// ν ln(z/(ν+s)) + (ν/2) ln(x/ℓ) = ν ln(2x/(ν+s))), evaluated without cancellation.
    ///
    /// Its terms are of size ν + ℓ while E is of order one near the mode x ≈ ν + ℓ. With
    /// δ = x − ν − ℓ, S = s + ν + 2ℓ, ε = s − (ν+2ℓ) = 4ℓδ/S, D = ν + s = 2ν + 2ℓ + ε and
    /// y = 2x/D − 1 = (2δ − ε)/D, exactly
    /// E = [ε(ε − δ) − 2ℓδε/S]/D + ν·(ln(1+y) − y),
    /// in which every term is small where E is.
    static func debyeExponent(x: Double, ell: Double, nu: Double, s: Double) -> Double {
        let delta = x - nu - ell
        let bigS = s + nu + 2 * ell
        let epsilon = 4 * ell * delta / bigS
        let d = 2 * nu + 2 * ell + epsilon
        let y = (2 * delta - epsilon) / d
        return (epsilon * (epsilon - delta) - 2 * ell * delta * epsilon / bigS) / d + nu * log1pMinusX(y)
    }

    /// ln(1+y) − y, by its Taylor series for |y| < 0.01 (where the subtraction would cancel).
    static func log1pMinusX(_ y: Double) -> Double {
        guard abs(y) < 0.01 else { return log1p(y) - y }
        // −y²/2 + y³/3 − ... − y¹⁰/10: the first omitted term is below 1e-22·y².
        var sum = 0.0
        var power = y
        for k in 2...10 {
            power *= -y
            sum += power / Double(k)
        }
        return sum
    }

    /// Σ_(k=0...5) U_k(p)/ν^k, Debye's polynomials (DLMF 10.41.10; U₄, U₅ from the recurrence
    /// U_(k+1)(p) = ½p²(1−p²)U_k′(p) + ⅛∫₀^p (1−5t²)U_k(t) dt).
    static func debyeSeries(p: Double, order nu: Double) -> Double {
        let p2 = p * p
        let u1 = p * (1.0 / 8 - 5.0 / 24 * p2)
        let u2 = p2 * (9.0 / 128 + p2 * (-77.0 / 192 + p2 * (385.0 / 1152)))
        let u3 = p2 * p * (75.0 / 1024 + p2 * (-4563.0 / 5120 + p2 * (17017.0 / 9216 + p2 * (-85085.0 / 82944))))
        let u4 =
            p2 * p2
            * (3675.0 / 32768 + p2
                * (-96833.0 / 40960 + p2
                    * (144001.0 / 16384
                        + p2 * (-7436429.0 / 663552 + p2 * (37182145.0 / 7962624)))))
        let u5 =
            p2 * p2 * p
            * (59535.0 / 262144 + p2
                * (-67608983.0 / 9175040 + p2
                    * (250881631.0 / 5898240
                        + p2
                        * (-108313205.0 / 1179648 + p2
                            * (5391411025.0 / 63700992
                                + p2 * (-5391411025.0 / 191102976))))))
        let w = 1 / nu
        return 1 + w * (u1 + w * (u2 + w * (u3 + w * (u4 + w * u5))))
    }

    /// Σ_k (−1)^k a_k(ν)/z^k, summed while terms shrink; `nil` if it has not converged to
    /// about 1e-15 relative before the terms start to grow (the series is asymptotic).
    static func hankelSeries(nu: Double, z: Double) -> Double? {
        let mu = 4 * nu * nu
        var sum = 1.0
        var term = 1.0
        var k = 1.0
        while k < 500 {
            let odd = 2 * k - 1
            let next = -term * (mu - odd * odd) / (8 * k * z)
            if abs(next) >= abs(term) && k > 1 { return nil }
            sum += next
            term = next
            if abs(term) < negligibleRelativeTerm * abs(sum) { return sum }
            k += 1
        }
        return nil
    }
}
