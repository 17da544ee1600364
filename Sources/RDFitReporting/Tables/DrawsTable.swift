import RDFit

/// The draws behind an estimate as CSV, for `rdfit estimate --save-draws FILE.csv`: `#` comment
/// lines naming the draw kind, the estimator, the seed and the point estimates, then a header
/// with one column per labelled quantity (`r`, then `lambda` and `beta` where they were drawn) and
/// one row per successful draw in generation order. It is the format `simulate --r-draws` reads
/// (a column `r`, `#` comments allowed); failed draws are left out and counted in a comment.
package enum DrawsTable {
    /// The CSV of `draws`.
    /// - Parameters:
    ///   - draws: the labelled draws (bootstrap replicates, posterior or parametric draws).
    ///   - method: the estimator, e.g. `jones-ols`.
    ///   - file: the data file they came from.
    package static func csv(_ draws: Draws, method: String, file: String) -> String {
        let quantities = draws.quantities
        let columns = quantities.map { draws.values(of: $0) ?? [] }
        let kept = draws.values.indices.filter { !draws.values[$0].isNaN }
        let estimates = quantities.map { q -> String in
            let estimate = q == .r ? draws.estimate : draws.parameters.first { $0.quantity == q }?.estimate ?? .nan
            return "\(q.rawValue) = \(number(estimate))"
        }
        var lines = [
            "# rdfit draws: \(draws.kind.rawValue)",
            "# method \(method), file \(MessageText.path(file)), seed \(draws.seed)",
            "# point estimates: " + estimates.joined(separator: ", "),
            "# \(kept.count) draws written, \(draws.values.count - kept.count) failed and left out",
            quantities.map(\.rawValue).joined(separator: ","),
        ]
        lines.reserveCapacity(lines.count + kept.count)
        for b in kept { lines.append(columns.map { number($0[b]) }.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Draws of r from a full-series fit (`--method mle`), one set of draws, in the same format.
    package static func csv(_ draws: SeriesDraws, estimate: Double, file: String) -> String {
        var lines = [
            "# rdfit draws: \(draws.drawsKind.rawValue) (\(draws.kind.rawValue))",
            "# method mle, file \(MessageText.path(file)), seed \(draws.seed)",
            "# point estimates: r = \(number(estimate))",
            "# \(draws.values.count) draws written, \(draws.failed) failed and left out",
            "r",
        ]
        lines += draws.values.map(number)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Shortest round-trip decimal; empty when undefined.
    /// The CSV of the draws behind `estimate`'s interval, or nil when it has none: a full-series
    /// maximum-likelihood fit saves its first set of draws under its own label
    /// (transition-bootstrap, parametric-bootstrap or wald-normal), every other estimate its
    /// ``ReturnsEstimate/draws``.
    package static func csv(for estimate: ReturnsEstimate, file: String) -> String? {
        if let fit = estimate.seriesFit {
            return fit.draws.first.map { csv($0, estimate: fit.returns.estimate, file: file) }
        }
        return estimate.draws.map { csv($0, method: estimate.method.rawValue, file: file) }
    }

    static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "" }
}
