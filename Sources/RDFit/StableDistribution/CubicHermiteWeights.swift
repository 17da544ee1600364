/// Weights of C¹ piecewise-cubic Hermite interpolation on a uniform grid, as a linear combination
/// of node values: on the cell [x_i, x_(i+1)] the interpolant is the cubic Hermite polynomial
/// whose node slopes are finite differences of the node values (central inside the grid,
/// second-order one-sided at its ends; the Catmull–Rom choice). Since each node's slope is one
/// fixed combination of node values, the interpolant and its first derivative are continuous
/// across cells, and it reproduces quadratics exactly.
struct CubicHermiteWeights {
    /// Indices of the nodes used (at most four) and their weights.
    let indices: [Int]
    let weights: [Double]

    /// The weights at `position`, measured in grid steps from node 0 (clamped to [0, count − 1]).
    /// With `derivative`, the weights of the interpolant's derivative with respect to the position
    /// (the same combination with the Hermite basis differentiated; the interpolant is C¹, so it
    /// is continuous across nodes).
    /// - Parameter count: the number of nodes, at least 3.
    init(position: Double, count: Int, derivative: Bool = false) {
        // A position within 1e-9 of a node is that node (weight 1 there, none elsewhere).
        let clamped = min(max(position, 0), Double(count - 1))
        let x = abs(clamped - clamped.rounded()) < 1e-9 ? clamped.rounded() : clamped
        let i = min(Int(x), count - 2)
        let s = x - Double(i)
        let s2 = s * s, s3 = s2 * s
        let h00 = derivative ? 6 * s2 - 6 * s : 2 * s3 - 3 * s2 + 1
        let h10 = derivative ? 3 * s2 - 4 * s + 1 : s3 - 2 * s2 + s
        let h01 = derivative ? -6 * s2 + 6 * s : -2 * s3 + 3 * s2
        let h11 = derivative ? 3 * s2 - 2 * s : s3 - s2
        var combined: [Int: Double] = [:]
        func add(_ node: Int, _ weight: Double) { combined[node, default: 0] += weight }
        /// The slope at node j (in units of one grid step) as a combination of node values.
        func slope(_ j: Int, _ factor: Double) {
            if j == 0 {
                add(0, -1.5 * factor)
                add(1, 2 * factor)
                add(2, -0.5 * factor)
            } else if j == count - 1 {
                add(j, 1.5 * factor)
                add(j - 1, -2 * factor)
                add(j - 2, 0.5 * factor)
            } else {
                add(j + 1, 0.5 * factor)
                add(j - 1, -0.5 * factor)
            }
        }
        add(i, h00)
        add(i + 1, h01)
        slope(i, h10)
        slope(i + 1, h11)
        let keys = combined.keys.sorted().filter { combined[$0]! != 0 }
        indices = keys
        weights = keys.map { combined[$0]! }
    }
}

extension CubicHermiteWeights {
    /// The same interpolant at an interior cell, from the four node values around it:
    /// v0 = value at node i − 1, …, v3 = at node i + 2, s ∈ [0, 1] the offset in the cell [i, i + 1].
    /// The weights of v0…v3 in ``interior(_:_:_:_:at:)`` and of its derivative in s.
    @inline(__always)
    static func interiorWeights(at s: Double) -> (values: SIMD4<Double>, slopes: SIMD4<Double>) {
        let s2 = s * s, s3 = s2 * s
        return (
            SIMD4(-0.5 * s + s2 - 0.5 * s3, 1 - 2.5 * s2 + 1.5 * s3, 0.5 * s + 2 * s2 - 1.5 * s3, -0.5 * s2 + 0.5 * s3),
            SIMD4(-0.5 + 2 * s - 1.5 * s2, -5 * s + 4.5 * s2, 0.5 + 4 * s - 4.5 * s2, -s + 1.5 * s2)
        )
    }

    @inline(__always)
    static func interior(_ v0: Double, _ v1: Double, _ v2: Double, _ v3: Double, at s: Double) -> Double {
        let s2 = s * s, s3 = s2 * s
        return v1 + 0.5 * s * (v2 - v0) + s2 * (v0 - 2.5 * v1 + 2 * v2 - 0.5 * v3)
            + s3 * (-0.5 * v0 + 1.5 * v1 - 1.5 * v2 + 0.5 * v3)
    }
}
