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

/// Standard normal variates by Marsaglia & Tsang's ziggurat ("The ziggurat method for generating
/// random variables", J. Stat. Softw. 5(8), 2000) with 256 layers, in Doornik's form that takes
/// the layer and the uniform from separate bits ("An improved ziggurat method to generate normal
/// random samples", 2005), so that the two are independent.
///
/// The half density f(x) = e^(−x²/2), x ≥ 0, is covered by 256 boxes of equal area v: box 0 is the
/// base, a rectangle of width r and height f(r) plus the tail beyond r = ``tailStart``; box i ≥ 1
/// spans the heights f(x_i) to f(x_(i+1)) with width x_i (x_1 = r, x_256 = 0). One 64-bit word
/// w = ``Xoshiro256StarStar/next()`` gives the box i = w mod 256 (bits 0–7) and a uniform
/// u ∈ [−1, 1) from its top 53 bits (bits 11–63, as a signed integer times 2⁻⁵²):
/// - |u| < x_(i+1)/x_i (about 99% of draws): u·x_i lies under the curve, returned;
/// - box 0: a draw from the tail beyond r (Marsaglia 1964: x = −ln U₁/r, y = −ln U₂ until
///   2y > x², then r + x), with u's sign;
/// - otherwise the candidate c = u·x_i is in the wedge between the box and the curve: accepted
///   if f(x_i)/f(c) + U·(f(x_(i+1)) − f(x_i))/f(c) < 1 for a fresh uniform U, else the draw restarts.
/// Every accepted value is exactly normally distributed (up to the 2⁻⁵² grid of u). A draw takes
/// one word most of the time and a variable number otherwise, so a stream's later values depend on
/// how many were rejected; the generator is deterministic given the stream.
///
/// Why: the inverse normal CDF (``Xoshiro256StarStar/nextStandardNormal()``, a rational function
/// and a logarithm in the tails) cost about 10% of a Bayesian run's CPU; this takes a few
/// nanoseconds. It is used only by the Bayesian samplers (``AdaptiveMetropolisChain`` and
/// ``MetropolisProposalShape``); the bootstrap and the simulations keep inversion.
enum ZigguratNormal {
    /// Number of boxes, 256 (the box index is the low 8 bits of a word).
    static let boxCount = 256
    /// r, the start of the tail: x_1 for 256 boxes (Marsaglia & Tsang 2000).
    static let tailStart = 3.6541528853610088

    /// The unnormalised half density e^(−x²/2).
    @inline(__always)
    static func density(_ x: Double) -> Double { exp(-0.5 * x * x) }

    /// The area of each box: r·f(r) + ∫_r^∞ f.
    static let boxArea: Double =
        tailStart * density(tailStart) + (Double.pi / 2).squareRoot() * erfc(tailStart / 2.0.squareRoot())

    /// The box widths x_0...x_256: x_0 = v/f(r) (the base box's width as a rectangle of area v),
    /// x_1 = r, x_(i+1) = f⁻¹(v/x_i + f(x_i)), x_256 = 0.
    static let widths: [Double] = {
        var x = [Double](repeating: 0, count: boxCount + 1)
        x[0] = boxArea / density(tailStart)
        x[1] = tailStart
        for i in 1..<(boxCount - 1) {
            x[i + 1] = (-2 * log(boxArea / x[i] + density(x[i]))).squareRoot()
        }
        x[boxCount] = 0
        return x
    }()

    /// x_(i+1)/x_i for i = 0...255: the fraction of box i that lies wholly under the curve.
    static let ratios: [Double] = (0..<boxCount).map { widths[$0 + 1] / widths[$0] }

    /// One standard normal draw from `rng`.
    @inline(__always)
    static func next(_ rng: inout Xoshiro256StarStar) -> Double {
        while true {
            let word = rng.next()
            let box = Int(truncatingIfNeeded: word & 0xFF)
            let u = Double(Int64(bitPattern: word) >> 11) * 0x1.0p-52
            if abs(u) < ratios[box] { return u * widths[box] }
            if let value = slowPath(&rng, box: box, u: u) { return value }
        }
    }

    /// The tail (box 0) or the wedge test of box `box`; nil when the candidate is rejected.
    @inline(never)
    static func slowPath(_ rng: inout Xoshiro256StarStar, box: Int, u: Double) -> Double? {
        if box == 0 {
            let r = tailStart
            while true {
                let x = -log(rng.nextOpenDouble()) / r
                let y = -log(rng.nextOpenDouble())
                if 2 * y > x * x { return u < 0 ? -(r + x) : r + x }
            }
        }
        let candidate = u * widths[box]
        let outer = widths[box], inner = widths[box + 1]
        let low = exp(-0.5 * (outer * outer - candidate * candidate))  // f(x_i)/f(c) ≤ 1
        let high = exp(-0.5 * (inner * inner - candidate * candidate))  // f(x_(i+1))/f(c) ≥ 1
        return low + rng.nextDouble() * (high - low) < 1 ? candidate : nil
    }
}

extension Xoshiro256StarStar {
    /// A standard normal draw by the ziggurat (``ZigguratNormal``): about one word per draw, a
    /// variable number in the rare tail and wedge cases.
    @inline(__always)
    mutating func nextZigguratNormal() -> Double {
        ZigguratNormal.next(&self)
    }
}
