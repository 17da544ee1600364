import Foundation
import RDFit
import Testing

@Suite("Feller transition density")
struct FellerTransitionDensityTests {
    typealias F = FellerTransitionDensity

    /// ∫ p(x) dx by the trapezoid rule in t = ln x (integrand p(eᵗ)·eᵗ), over a range wide
    /// enough that both tails are below 1e-16.
    func integral(ell: Double, nu: Double, density: (Double, Double, Double) -> Double) -> Double {
        let mean = nu + 1 + ell
        let sd = (2 * (nu + 1 + 2 * ell)).squareRoot()
        let upper = log(mean + 60 * sd + 60)
        let lower = -45 / (nu + 1) - 5  // e^((ν+1)t) below 1e-19 at the lower end
        let steps = 40_000
        let h = (upper - lower) / Double(steps)
        var sum = 0.0
        for i in 0...steps {
            let t = lower + Double(i) * h
            let x = exp(t)
            let value = exp(density(x, ell, nu) + t)
            sum += (i == 0 || i == steps) ? value / 2 : value
        }
        return sum * h
    }

    @Test(
        "Density integrates to 1 over x for several (ℓ, ν), crossing all evaluation paths",
        arguments: [(0.5, 0.0), (3.0, 2.5), (50.0, -0.5), (0.001, -0.9), (800.0, 0.3), (2000.0, 40.0)])
    func integratesToOne(ell: Double, nu: Double) {
        let total = integral(ell: ell, nu: nu) { F.logDensity(x: $0, ell: $1, nu: $2) }
        #expect(abs(total - 1) < BayesTolerances.densityIntegral, "ℓ=\(ell) ν=\(nu): \(total)")
    }

    @Test("ℓ = 0 is the Gamma(ν+1) density, and ℓ → 0 approaches it continuously")
    func centralLimit() {
        for nu in [-0.7, 0.0, 1.0, 4.5] {
            for x in [0.01, 0.5, 2.0, 7.0, 20.0] {
                let gamma = nu * log(x) - x - lgamma(nu + 1)
                #expect(abs(F.logDensity(x: x, ell: 0, nu: nu) - gamma) < BayesTolerances.logDensityExact)
                let near = F.logDensity(x: x, ell: 1e-12, nu: nu)
                #expect(abs(near - gamma) < BayesTolerances.centralLimit, "x=\(x) ν=\(nu)")
            }
        }
    }

    @Test("ν = ±1/2 closed forms (I_(1/2) = sqrt(2/πz)·sinh z, I_(−1/2) = sqrt(2/πz)·cosh z) and ν = 0 at x = 0")
    func halfOrderClosedForms() {
        for (x, ell) in [(0.2, 0.3), (2.0, 5.0), (40.0, 35.0), (1e3, 1.1e3), (5e5, 4.9e5), (1e9, 1e9 + 3e4)] {
            let z = 2 * (x * ell).squareRoot()
            let rootGap = x.squareRoot() - ell.squareRoot()
            // ln[e^(−(x+ℓ)) (x/ℓ)^(±1/4) sqrt(2/(πz)) (e^z ∓ e^(−z))/2], written without overflow.
            let common = -rootGap * rootGap + 0.5 * log(2 / (Double.pi * z)) - log(2.0)
            let plus = common + 0.25 * log(x / ell) + log(-expm1(-2 * z))
            let minus = common - 0.25 * log(x / ell) + log1p(exp(-2 * z))
            let tolerance = BayesTolerances.logDensityExact * max(1, abs(plus))
            #expect(abs(F.logDensity(x: x, ell: ell, nu: 0.5) - plus) < tolerance, "x=\(x) ℓ=\(ell)")
            #expect(abs(F.logDensity(x: x, ell: ell, nu: -0.5) - minus) < tolerance, "x=\(x) ℓ=\(ell)")
        }
        #expect(abs(F.logDensity(x: 0, ell: 2.5, nu: 0) - -2.5) < 1e-15)
    }

    @Test("Windowed log-space series equals a direct naive series where the latter is safe")
    func seriesMatchesNaive() {
        for nu in [-0.9, -0.3, 0.0, 1.7, 10.0] {
            for x in [0.05, 1.0, 6.0, 25.0] {
                for ell in [0.02, 0.8, 9.0, 30.0] {
                    var naive = 0.0
                    for m in 0..<300 {
                        let md = Double(m)
                        naive += exp(
                            -ell + md * log(ell) - lgamma(md + 1) + (md + nu) * log(x) - x - lgamma(md + nu + 1))
                    }
                    let value = F.logDensitySeries(x: x, ell: ell, nu: nu)
                    #expect(abs(value - log(naive)) < BayesTolerances.logDensityExact, "x=\(x) ℓ=\(ell) ν=\(nu)")
                }
            }
        }
    }

    @Test("Agrees with 50-digit mpmath values of e^(−(x+ℓ))(x/ℓ)^(ν/2) I_ν(2√(ℓx))")
    func matchesHighPrecisionReferences() {
        // (x, ℓ, ν, ln p) from mpmath at 50 digits (besseli).
        let references: [(Double, Double, Double, Double)] = [
            (1.0, 1.0, 0.0, -1.1760064585170437171),
            (0.3, 2.5, -0.5, -1.7006536919555958599),
            (5.0, 0.01, 3.0, -1.960961313673531834),
            (50.0, 40.0, 1.5, -3.5669042845694323079),
            (1000.0, 1200.0, 0.2, -13.89292435052269186),
            (20000.0, 21000.0, -0.9, -18.40444085990913595),
            (1000000.0, 1001000.0, 5.0, -8.425897290863229356),
            (300.0, 100.0, 60.0, -29.664548518992004728),
            (5000.0, 3000.0, 250.0, -199.61075866373209648),
            (0.001, 0.0001, -0.99, 2.2381078481007901481),
            (2.0, 3.0, 170.0, -593.70295740924967098),
            (150.0, 400.0, 25.0, -77.016600039849773118),
        ]
        for (x, ell, nu, expected) in references {
            let tolerance = BayesTolerances.logDensityExact * max(1, abs(expected))
            #expect(abs(F.logDensity(x: x, ell: ell, nu: nu) - expected) < tolerance, "x=\(x) ℓ=\(ell) ν=\(nu)")
            let seriesTolerance = tolerance + BayesTolerances.seriesCancellation * (x + ell)
            #expect(
                abs(F.logDensitySeries(x: x, ell: ell, nu: nu) - expected) < seriesTolerance,
                "series x=\(x) ℓ=\(ell) ν=\(nu)")
        }
    }

    @Test("Series and Debye/Hankel asymptotic paths agree where both apply")
    func seriesMatchesAsymptotic() {
        // Debye: ν ≥ 20, any argument.
        for nu in [20.0, 35.0, 80.0, 300.0, 2000.0] {
            for scale in [0.1, 1.0, 10.0, 200.0] {
                let ell = scale * nu
                let x = ell + nu + 1
                let series = F.logDensitySeries(x: x, ell: ell, nu: nu)
                let asymptotic = F.logDensityAsymptotic(x: x, ell: ell, nu: nu)
                #expect(asymptotic != nil)
                if let asymptotic {
                    let tolerance = BayesTolerances.logDensityAsymptotic * max(1, abs(series))
                    #expect(abs(series - asymptotic) < tolerance, "Debye x=\(x) ℓ=\(ell) ν=\(nu)")
                }
            }
        }
        // Hankel: ν < 20, z = 2√(ℓx) ≥ max(50, ν²).
        for nu in [-0.99, -0.5, 0.0, 0.7, 3.0, 12.0, 19.5] {
            for ell in [100.0, 1e3, 1e4, 2e5] {
                for offset in [-3.0, 0.0, 2.0] {  // x around ℓ, in units of sqrt(ℓ)
                    let x = ell + nu + 1 + offset * (4 * ell).squareRoot()
                    guard 2 * (x * ell).squareRoot() >= max(50, nu * nu) else { continue }
                    let series = F.logDensitySeries(x: x, ell: ell, nu: nu)
                    guard let asymptotic = F.logDensityAsymptotic(x: x, ell: ell, nu: nu) else {
                        Issue.record("Hankel unavailable x=\(x) ℓ=\(ell) ν=\(nu)")
                        continue
                    }
                    let tolerance = BayesTolerances.logDensityAsymptotic * max(1, abs(series))
                    #expect(abs(series - asymptotic) < tolerance, "Hankel x=\(x) ℓ=\(ell) ν=\(nu)")
                }
            }
        }
        // Outside both ranges the asymptotic path declines.
        #expect(F.logDensityAsymptotic(x: 2, ell: 3, nu: 1) == nil)
    }

    @Test(
        "Low-noise extremes: series (Loader terms) and Debye (rearranged exponent) agree near the mode for ν, ℓ up to 1e12"
    )
    func lowNoiseExtremesAgree() {
        for nu in [1e4, 1e8, 1e12] {
            for ratio in [1e-6, 1e-3, 0.5] {  // ℓ/ν: the series peak m* ≈ ℓx/ν stays summable
                let ell = ratio * nu
                let mean = nu + 1 + ell
                let sd = (nu + 1 + 2 * ell).squareRoot()
                for k in [-3.0, 0.0, 2.0] {
                    let x = mean + k * sd
                    guard F.peakIndex(x: x, ell: ell, nu: nu) < 1e7 else { continue }
                    let series = F.logDensitySeries(x: x, ell: ell, nu: nu)
                    guard let debye = F.logDensityAsymptotic(x: x, ell: ell, nu: nu) else {
                        Issue.record("Debye unavailable"); continue
                    }
                    #expect(
                        abs(series - debye) < BayesTolerances.logDensityAsymptotic * max(1, abs(series)),
                        "ν=\(nu) ℓ=\(ell) k=\(k): \(series) vs \(debye)")
                    // Near the mode ln p ≈ −½ ln(2π·Var x) − k²/2 (Gaussian limit); the skewness
                    // correction, ≤ (2/√ν)(|k|³ + 3|k|)/6, is below 0.002 for ν ≥ 1e8.
                    if nu >= 1e8 {
                        let gaussian = -0.5 * log(2 * Double.pi * sd * sd) - k * k / 2
                        #expect(
                            abs(series - gaussian) < 0.01, "ν=\(nu) ℓ=\(ell) k=\(k): \(series) vs Gaussian \(gaussian)")
                    }
                }
            }
        }
    }

    @Test("Extreme but valid parameters give finite log densities")
    func extremeParametersStayFinite() {
        for ell in [1e-300, 1e-10, 1.0, 1e6, 1e12, 1e100] {
            for nu in [-1 + 1e-12, -0.999, 0.0, 1e3, 1e6] {
                for x in [ell + nu + 1, 0.5 * (ell + nu + 1), 2 * (ell + nu + 1)] {
                    let exact = F.logDensity(x: x, ell: ell, nu: nu)
                    #expect(exact.isFinite, "exact x=\(x) ℓ=\(ell) ν=\(nu): \(exact)")
                    let published = F.logDensityPublished(x: x, ell: ell, nu: nu)
                    #expect(!published.isNaN && published < .infinity, "published x=\(x) ℓ=\(ell) ν=\(nu)")
                }
            }
        }
        // ν = −1 exactly: the m = 0 term vanishes; the rest is finite.
        #expect(F.logDensity(x: 3, ell: 2, nu: -1).isFinite)
        // Invalid parameters are NaN, values outside the support −∞.
        #expect(F.logDensity(x: 1, ell: -1, nu: 0).isNaN)
        #expect(F.logDensity(x: 1, ell: 1, nu: -1.5).isNaN)
        #expect(F.logDensity(x: -1, ell: 1, nu: 0) == -.infinity)
    }

    @Test("Published truncation: Γ overflow drops terms with m+1 or m+ν+1 ≥ 171.62…")
    func publishedTruncation() {
        #expect(F.publishedHighestIndex(nu: 0) == 170)
        #expect(F.publishedHighestIndex(nu: 0.7) == 169)
        #expect(F.publishedHighestIndex(nu: -0.9) == 170)
        #expect(F.publishedHighestIndex(nu: 170.0) == 0)
        #expect(F.publishedHighestIndex(nu: 170.7) == -1)
        // ν > 170.62…: zero likelihood.
        #expect(F.logDensityPublished(x: 200, ell: 5, nu: 170.7) == -.infinity)
        #expect(F.logDensity(x: 200, ell: 5, nu: 170.7).isFinite)
        // ν = 170: only the m = 0 term survives.
        let onlyFirst = -5.0 - 3.0 + 170 * log(3.0) - lgamma(171)
        #expect(abs(F.logDensityPublished(x: 3, ell: 5, nu: 170) - onlyFirst) < 1e-12)
        // A series peaking near m ≈ 10 is untouched.
        let exact = F.logDensity(x: 12, ell: 9, nu: 1.5)
        #expect(abs(F.logDensityPublished(x: 12, ell: 9, nu: 1.5) - exact) < BayesTolerances.logDensityExact)
        // A series peaking near m ≈ 1000 (low noise) is heavily under-weighted.
        let peaked = F.logDensity(x: 1000, ell: 1000, nu: 0.2)
        let truncated = F.logDensityPublished(x: 1000, ell: 1000, nu: 0.2)
        #expect(F.peakIndex(x: 1000, ell: 1000, nu: 0.2) > 900)
        #expect(truncated < peaked - 100)
        // A peak just beyond the cut (m* ≈ 200) loses some but not all weight.
        let near = F.logDensity(x: 200, ell: 200, nu: 0)
        let nearTruncated = F.logDensityPublished(x: 200, ell: 200, nu: 0)
        #expect(nearTruncated < near - 0.1 && nearTruncated > near - 20)
    }
}
