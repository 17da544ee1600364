extension NormalDistribution {
    /// Φ⁻¹ of four probabilities at once, bit for bit ``standardQuantile(_:)`` of each.
    ///
    /// Why: the scalar AS241 central branch (|p − ½| ≤ 0.425, about 85% of the samplers' draws) is
    /// two chains of seven dependent multiply-adds and a division, so it waits on latency; four
    /// lanes evaluate the same operations in the same order (IEEE arithmetic lane by lane, so the
    /// same roundings) and overlap. Lanes outside the central branch are then replaced by the
    /// scalar function.
    @inline(__always)
    static func standardQuantiles(_ p: SIMD4<Double>) -> SIMD4<Double> {
        let q = p - 0.5
        let r = 0.180625 - q * q
        var num = 2509.0809287301226727 * r + 33430.575583588128105
        num = num * r + 67265.770927008700853
        num = num * r + 45921.953931549871457
        num = num * r + 13731.693765509461125
        num = num * r + 1971.5909503065514427
        num = num * r + 133.14166789178437745
        num = num * r + 3.387132872796366608
        var den = 5226.495278852545925 * r + 28729.085735721942674
        den = den * r + 39307.89580009271061
        den = den * r + 21213.794301586595867
        den = den * r + 5394.1960214247511077
        den = den * r + 687.1870074920579083
        den = den * r + 42.313330701600911252
        den = den * r + 1.0
        var result = q * num / den
        for lane in 0..<4 where !(abs(q[lane]) <= 0.425) { result[lane] = standardQuantile(p[lane]) }
        return result
    }
}

extension Xoshiro256StarStar {
    /// Four standard normal draws by inversion of four open uniforms drawn in order: bit for bit
    /// the same values, from the same words, as four calls of ``nextStandardNormal()``.
    @inline(__always)
    mutating func nextStandardNormals() -> SIMD4<Double> {
        let p = SIMD4(nextOpenDouble(), nextOpenDouble(), nextOpenDouble(), nextOpenDouble())
        return NormalDistribution.standardQuantiles(p)
    }
}
