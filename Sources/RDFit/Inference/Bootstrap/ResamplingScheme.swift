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

/// How a bootstrap replicate resamples the observations.
public enum ResamplingScheme: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Rows drawn independently with replacement (Efron's pairs/case bootstrap).
    case pairs
    /// Residuals of the original fit drawn independently with replacement and added to the
    /// fitted values (fixed design).
    case residual
    /// Blocks of `length` consecutive rows, starts uniform, concatenated and cut to n
    /// (Künsch 1989), for serially dependent data.
    case movingBlock(length: Int)
    /// Blocks of geometric length with mean `meanLength`, wrapping around the end
    /// (Politis & Romano 1994).
    case stationary(meanLength: Double)

    /// The CLI spelling: `pairs`, `residual`, `block`, `stationary`.
    public var name: String {
        switch self {
        case .pairs: return "pairs"
        case .residual: return "residual"
        case .movingBlock: return "block"
        case .stationary: return "stationary"
        }
    }

    /// Block length for the block schemes, nil otherwise.
    public var blockLength: Double? {
        switch self {
        case .pairs, .residual: return nil
        case let .movingBlock(length): return Double(length)
        case let .stationary(meanLength): return meanLength
        }
    }

    public var description: String {
        if let blockLength { return "\(name) (block length \(blockLength))" }
        return name
    }

    /// The default block length for n observations: round(n^(1/3)), at least 2 (Hall, Horowitz & Jing 1995).
    public static func defaultBlockLength(observations n: Int) -> Int {
        max(2, Int(cbrt(Double(max(n, 1))).rounded()))
    }

    /// Fills `indices` (whose count is the resample size n) with one resample of `0..<n`.
    @inlinable
    public func fillIndices(_ indices: inout [Int], generator: inout Xoshiro256StarStar) {
        let n = indices.count
        switch self {
        case .pairs, .residual:
            for k in 0..<n { indices[k] = generator.nextInt(below: n) }
        case let .movingBlock(length):
            let l = min(max(length, 1), n)
            var k = 0
            while k < n {
                let start = generator.nextInt(below: n - l + 1)
                var j = 0
                while j < l && k < n { indices[k] = start + j; j += 1; k += 1 }
            }
        case let .stationary(meanLength):
            let p = 1 / max(meanLength, 1)
            var current = generator.nextInt(below: n)
            indices[0] = current
            for k in 1..<max(n, 1) {
                if generator.nextDouble() < p {
                    current = generator.nextInt(below: n)
                } else {
                    current = current + 1 == n ? 0 : current + 1
                }
                indices[k] = current
            }
        }
    }
}
