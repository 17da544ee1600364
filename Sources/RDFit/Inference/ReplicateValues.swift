/// Draws or replicates of r in generation order (NaN marks a failed one), stored either as the
/// values themselves or as the ratio λ_b/β_b of two stored series drawn together (the Jones
/// regression's replicates of λ and β): then r is derived on demand, to the bit what the
/// statistic computed (r_b = λ_b/β_b where β_b > 0 and the quotient is finite, NaN otherwise),
/// and costs no storage beyond λ and β, whose arrays it shares with ``Draws/parameters``.
///
/// It is a random-access collection of `Double` and encodes as an array of numbers.
public struct ReplicateValues: RandomAccessCollection, Sendable, Equatable, Codable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable, Equatable {
        case values([Double])
        case ratio(numerator: [Double], denominator: [Double])
    }

    private let storage: Storage
    /// The sorted successful values, once computed, shared by every copy (see ``sortedSuccessful``).
    private let sortedCache = SortedValuesCache()

    /// Up to this many values, ``sortedSuccessful`` keeps its result for the next caller: one
    /// summary reads it three or four times (median, intervals, diagnostics). Above it each call
    /// sorts afresh, so that a run of millions of replicates holds no second copy beyond the one
    /// sort in use (8 bytes a replicate).
    public static let sortedCacheLimit = 1 << 20

    /// Stored values.
    public init(_ values: [Double]) { storage = .values(values) }

    /// Stored values from an array literal.
    public init(arrayLiteral elements: Double...) { storage = .values(elements) }

    /// Values derived on demand as `numerator[b] / denominator[b]` where the denominator is
    /// positive and the quotient finite, NaN otherwise.
    /// - Precondition: both series have the same length.
    public init(numerator: [Double], denominator: [Double]) {
        precondition(numerator.count == denominator.count, "ratio series of different lengths")
        storage = .ratio(numerator: numerator, denominator: denominator)
    }

    /// The first index, 0.
    public var startIndex: Int { 0 }

    /// One past the last index: the number of draws.
    public var endIndex: Int {
        switch storage {
        case let .values(values): values.count
        case let .ratio(numerator, _): numerator.count
        }
    }

    /// Draw `position` (NaN if it failed).
    public subscript(position: Int) -> Double {
        switch storage {
        case let .values(values): return values[position]
        case let .ratio(numerator, denominator):
            let d = denominator[position]
            guard d > 0 else { return .nan }
            let q = numerator[position] / d
            return q.isFinite ? q : .nan
        }
    }

    /// The values as an array (a copy when they are derived).
    public var array: [Double] {
        switch storage {
        case let .values(values): values
        case .ratio: Array(self)
        }
    }

    /// The values that are not NaN, sorted ascending (``RadixSort``); computed once for up to
    /// ``sortedCacheLimit`` values and shared by every copy of these values.
    public var sortedSuccessful: [Double] {
        guard count <= Self.sortedCacheLimit else { return sortedAfresh() }
        return sortedCache.value(sortedAfresh)
    }

    private func sortedAfresh() -> [Double] {
        switch storage {
        case let .values(values): RadixSort.sortedDroppingNaN(values)
        case .ratio: RadixSort.sortedDroppingNaN(self)
        }
    }

    /// Equal when their arrays of values are equal (as `[Double]` compares: NaN is unequal to itself).
    public static func == (lhs: ReplicateValues, rhs: ReplicateValues) -> Bool { lhs.array == rhs.array }

    /// Decodes an array of numbers.
    public init(from decoder: any Decoder) throws { storage = .values(try [Double](from: decoder)) }

    /// Encodes the values as an array of numbers.
    public func encode(to encoder: any Encoder) throws { try array.encode(to: encoder) }
}
