/// rdfit's seedable pseudo-random number generator: xoshiro256** seeded by SplitMix64.
///
/// The Swift standard library's `SystemRandomNumberGenerator` cannot be seeded, and the mapping
/// from a generator to `Int.random(in:using:)` or `Double.random(in:using:)` is not promised to
/// stay the same between Swift versions. rdfit therefore defines every mapping it uses itself:
///
/// - state: four 64-bit words filled by SplitMix64 from the seed (Vigna, 2015);
/// - ``next()``: xoshiro256** (Blackman & Vigna, 2018);
/// - ``nextDouble()``: the top 53 bits of ``next()`` times 2⁻⁵³, in [0, 1);
/// - ``nextOpenDouble()``: (top 53 bits + 0.5) × 2⁻⁵³, in (0, 1), never 0 or 1;
/// - ``nextInt(below:)``: Lemire's multiply-shift with rejection, unbiased;
/// - ``nextStandardNormal()``: the inverse normal CDF of ``nextOpenDouble()``
///   (one uniform per normal, so streams stay aligned).
///
/// Independent streams come from ``init(seed:stream:)``: replicate `b` of a bootstrap draws from
/// stream `b`, so its draws depend on the seed and on `b` only, never on which thread runs it.
/// Any change to these mappings changes seeded output and is recorded in `Docs/CHANGELOG.md`.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Creates a generator whose whole output is determined by `seed`.
    public init(seed: UInt64) {
        self.init(seed: seed, stream: 0)
    }

    /// Creates the generator of stream `stream` under `seed`.
    ///
    /// The SplitMix64 seeder starts from `seed` mixed with a hash of `stream`, so different
    /// streams of one seed are statistically independent for practical purposes.
    /// - Parameters:
    ///   - seed: the user's seed.
    ///   - stream: the stream index, for example a bootstrap replicate number.
    public init(seed: UInt64, stream: UInt64) {
        var seeder = SplitMix64(state: seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019))
        s0 = seeder.next()
        s1 = seeder.next()
        s2 = seeder.next()
        s3 = seeder.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }
    }

    /// The next 64 random bits (xoshiro256**).
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, by: 45)
        return result
    }

    @inlinable
    func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in the open interval (0, 1).
    @inlinable
    public mutating func nextOpenDouble() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound` (Lemire's nearly-divisionless method, unbiased).
    /// - Precondition: `bound > 0`.
    @inlinable
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold {
                product = next().multipliedFullWidth(by: n)
            }
        }
        return Int(product.high)
    }

    /// A standard normal draw, by inversion of one open uniform (Wichura's AS241).
    @inlinable
    public mutating func nextStandardNormal() -> Double {
        NormalDistribution.standardQuantile(nextOpenDouble())
    }

    /// Four standard normal draws, in order (the samplers' four-dimensional proposals).
    @inline(__always)
    mutating func nextStandardNormals() -> SIMD4<Double> {
        SIMD4(nextStandardNormal(), nextStandardNormal(), nextStandardNormal(), nextStandardNormal())
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's constants), used only to seed xoshiro256**.
@usableFromInline
struct SplitMix64: Sendable {
    @usableFromInline var state: UInt64

    @usableFromInline
    init(state: UInt64) { self.state = state }

    @usableFromInline
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    @usableFromInline
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
