/// Growth rates of log series on a bootstrap resample, by the same rules as the steady-state
/// estimator's replicates (least-squares slope on resampled years or residuals; endpoint growth on
/// resampled yearly log increments), for series that change from replicate to replicate (an
/// effective input whose spillover weight is drawn per replicate).
struct ResampledGrowth: Sendable {
    let method: GrowthMethod
    let resamplesResiduals: Bool
    /// Years minus their mean.
    let centredYears: [Double]
    /// Year differences t_(i+1) − t_i.
    let dt: [Double]
    /// t_last − t_first.
    let span: Double

    init(years: [Double], method: GrowthMethod, scheme: ResamplingScheme) {
        let mean = years.reduce(0, +) / Double(max(years.count, 1))
        centredYears = years.map { $0 - mean }
        dt = (1..<max(years.count, 1)).map { years[$0] - years[$0 - 1] }
        span = (years.last ?? 0) - (years.first ?? 0)
        self.method = method
        resamplesResiduals = scheme == .residual
    }

    /// Number of resampling units: years (least squares) or increments (endpoints).
    var observationCount: Int { method == .leastSquares ? centredYears.count : dt.count }

    /// The growth rate of `logs` on the original data.
    func rate(_ logs: [Double]) -> Double? {
        switch method {
        case .leastSquares: return slope(centredYears, logs)
        case .endpoints:
            guard span > 0, let first = logs.first, let last = logs.last else { return nil }
            return (last - first) / span
        }
    }

    /// The growth rate of `logs` on the resample `indices`.
    func rate(_ logs: [Double], indices: [Int]) -> Double? {
        switch method {
        case .leastSquares:
            let n = centredYears.count
            if resamplesResiduals {
                guard let g = slope(centredYears, logs) else { return nil }
                let mean = logs.reduce(0, +) / Double(n)
                var sty = 0.0, stt = 0.0
                for (k, i) in indices.enumerated() {
                    let residual = logs[i] - (mean + g * centredYears[i])
                    let y = mean + g * centredYears[k] + residual
                    sty += centredYears[k] * y
                    stt += centredYears[k] * centredYears[k]
                }
                return stt > 0 ? sty / stt : nil
            }
            var tBar = 0.0, yBar = 0.0
            for i in indices { tBar += centredYears[i]; yBar += logs[i] }
            tBar /= Double(indices.count)
            yBar /= Double(indices.count)
            var sxx = 0.0, sxy = 0.0
            for i in indices {
                let d = centredYears[i] - tBar
                sxx += d * d
                sxy += d * (logs[i] - yBar)
            }
            return sxx > 1e-12 ? sxy / sxx : nil
        case .endpoints:
            var resampledSpan = 0.0
            for i in indices { resampledSpan += dt[i] }
            guard resampledSpan > 0, let g = rate(logs) else { return nil }
            var total = 0.0
            for (k, i) in indices.enumerated() {
                let increment = logs[i + 1] - logs[i]
                total += resamplesResiduals ? g * dt[k] + (increment - g * dt[i]) : increment
            }
            return total / resampledSpan
        }
    }

    /// The growth rate of `logs` with unit `omitted` (a year, or an increment) left out.
    func rate(_ logs: [Double], leavingOut omitted: Int) -> Double? {
        switch method {
        case .leastSquares:
            let kept = centredYears.indices.filter { $0 != omitted }
            return slope(kept.map { centredYears[$0] }, kept.map { logs[$0] })
        case .endpoints:
            let kept = dt.indices.filter { $0 != omitted }
            let keptSpan = kept.reduce(0) { $0 + dt[$1] }
            guard keptSpan > 0 else { return nil }
            return kept.reduce(0) { $0 + logs[$1 + 1] - logs[$1] } / keptSpan
        }
    }

    private func slope(_ t: [Double], _ y: [Double]) -> Double? {
        guard t.count >= 2 else { return nil }
        let tBar = t.reduce(0, +) / Double(t.count), yBar = y.reduce(0, +) / Double(y.count)
        var sxx = 0.0, sxy = 0.0
        for (a, b) in zip(t, y) { sxx += (a - tBar) * (a - tBar); sxy += (a - tBar) * (b - yBar) }
        return sxx > 1e-12 ? sxy / sxx : nil
    }
}
