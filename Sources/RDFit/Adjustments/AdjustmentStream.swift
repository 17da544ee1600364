/// The random stream from which an adjustment draws its uncertain parameter.
///
/// Replicate `b` of a run with seed `S` draws adjustment `name`'s parameter from
/// `Xoshiro256StarStar(seed: S ^ key(name), stream: b)`, where `key` is the 64-bit FNV-1a hash of
/// the adjustment's UTF-8 name (e.g. `compute-share`, `spillover:ai_papers`). The unadjusted
/// replicates (resample indices, output-growth and weight draws from stream `b` of `S`) are
/// therefore unchanged by adding, removing or reordering adjustments, and each adjustment draws
/// the same values whether it is reported alone or in the combined "all adjustments" entry.
package enum AdjustmentStream {
    /// FNV-1a (64-bit) of `name`'s UTF-8 bytes: offset basis 0xcbf29ce484222325, prime 0x100000001b3.
    package static func key(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The generator of adjustment `name` in replicate `replicate` of a run seeded with `seed`.
    package static func generator(seed: UInt64, name: String, replicate: Int) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed ^ key(name), stream: UInt64(replicate))
    }
}
