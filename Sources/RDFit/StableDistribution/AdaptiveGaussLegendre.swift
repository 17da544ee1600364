import Foundation

/// Adaptive Gauss–Legendre quadrature on a finite interval, for smooth integrands with a known
/// peak (the caller passes break points there).
///
/// Each panel is integrated with the 16-point Gauss–Legendre rule. Its error is estimated by
/// comparing the panel's value with the sum over its two halves; the panel with the largest error
/// is split until the summed error is below `relativeTolerance` times the absolute integral, or
/// `maximumPanels` is reached. The nodes are computed once, by Newton's method on the Legendre
/// polynomial, to full double precision.
enum AdaptiveGaussLegendre {
    /// The 16-point rule on [−1, 1]: nodes in (0, 1) and their weights (the rule is symmetric).
    static let rule: (nodes: [Double], weights: [Double]) = legendreRule(points: 16)

    /// The result of an integration.
    struct Outcome {
        /// The integral's estimate.
        var value: Double
        /// The summed error estimate.
        var error: Double
        /// Whether the tolerance was met.
        var converged: Bool
    }

    private struct Panel {
        var lower: Double
        var upper: Double
        var value: Double
        var error: Double
    }

    /// Integrates `f` over the consecutive intervals between `points` (sorted, at least two).
    static func integrate(over points: [Double], relativeTolerance: Double = 1e-13,
                          absoluteTolerance: Double = 1e-300, maximumPanels: Int = 400,
                          _ f: (Double) -> Double) -> Outcome {
        var panels: [Panel] = []
        panels.reserveCapacity(64)
        for k in 0..<(points.count - 1) where points[k + 1] > points[k] {
            let a = points[k], b = points[k + 1], m = 0.5 * (a + b)
            let whole = panel(a, b, f)
            let left = panel(a, m, f), right = panel(m, b, f)
            let difference = abs(left + right - whole)
            panels.append(Panel(lower: a, upper: m, value: left, error: 0.5 * difference))
            panels.append(Panel(lower: m, upper: b, value: right, error: 0.5 * difference))
        }
        while true {
            var total = 0.0, error = 0.0, worst = 0
            for (index, item) in panels.enumerated() {
                total += item.value
                error += item.error
                if item.error > panels[worst].error { worst = index }
            }
            if error <= max(relativeTolerance * abs(total), absoluteTolerance) {
                return Outcome(value: total, error: error, converged: true)
            }
            if panels.count >= maximumPanels || panels.isEmpty {
                return Outcome(value: total, error: error, converged: false)
            }
            let split = panels[worst]
            let a = split.lower, b = split.upper, m = 0.5 * (a + b)
            guard m > a, m < b else {
                panels[worst].error = 0
                continue
            }
            let left = panel(a, m, f), right = panel(m, b, f)
            let difference = abs(left + right - split.value)
            panels[worst] = Panel(lower: a, upper: m, value: left, error: 0.5 * difference)
            panels.append(Panel(lower: m, upper: b, value: right, error: 0.5 * difference))
        }
    }

    /// One 16-point Gauss–Legendre panel on [a, b].
    @inline(__always)
    static func panel(_ a: Double, _ b: Double, _ f: (Double) -> Double) -> Double {
        let half = 0.5 * (b - a), centre = 0.5 * (a + b)
        var sum = 0.0
        let nodes = rule.nodes, weights = rule.weights
        for k in 0..<nodes.count {
            let offset = half * nodes[k]
            sum += weights[k] * (f(centre - offset) + f(centre + offset))
        }
        return sum * half
    }

    /// Nodes in (0, 1) and weights of the n-point Gauss–Legendre rule (n even).
    static func legendreRule(points n: Int) -> (nodes: [Double], weights: [Double]) {
        var nodes: [Double] = [], weights: [Double] = []
        for i in 1...(n / 2) {
            // Tricomi's initial guess for the i-th largest root, then Newton's method.
            var x = cos(Double.pi * (Double(i) - 0.25) / (Double(n) + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                var p0 = 1.0, p1 = x
                for k in 2...n {
                    let p2 = ((2 * Double(k) - 1) * x * p1 - (Double(k) - 1) * p0) / Double(k)
                    p0 = p1
                    p1 = p2
                }
                derivative = Double(n) * (x * p1 - p0) / (x * x - 1)
                let step = p1 / derivative
                x -= step
                if abs(step) < 1e-17 { break }
            }
            nodes.append(x)
            weights.append(2 / ((1 - x * x) * derivative * derivative))
        }
        return (nodes, weights)
    }
}
