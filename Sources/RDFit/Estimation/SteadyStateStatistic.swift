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

/// r = g_A / Σ ε_j g_j recomputed on a resample of years (least squares) or of yearly log
/// increments (endpoints), with the output growth and the weights drawn from their stated
/// distributions in the same replicate.
struct SteadyStateStatistic: BootstrapStatistic {
    let method: GrowthMethod
    let resamplesResiduals: Bool
    /// Centred years.
    let centredYears: [Double]
    /// ln values: inputs first, then the output series if any.
    let logs: [[Double]]
    let hasOutputSeries: Bool
    let output: OutputGrowth
    let weights: CobbDouglasWeights
    // Least squares: fitted values and residuals per series.
    let fitted: [[Double]]
    let residuals: [[Double]]
    // Endpoints: Δt and Δ ln values per series.
    let dt: [Double]
    let dLogs: [[Double]]
    let endpointRates: [Double]
    // Sums for O(1) leave-one-out fits (the jackknife would otherwise cost O(n²)): Σt², and per
    // series Σy and Σt·y over centred years; Σ Δt and Σ Δln y for endpoints.
    let sumSquaredYears: Double
    let sumLogs: [Double]
    let sumYearLogs: [Double]
    let span: Double
    let sumIncrements: [Double]
    // Replicate kernel: the series' logs, fitted values and residuals column-major (year k of
    // series s at k + s·n); the output rate when it is not drawn; the weights when none is drawn.
    let flatLogs: [Double]
    let flatFitted: [Double]
    let flatResiduals: [Double]
    let fixedOutputRate: Double?
    let weightsHaveRanges: Bool
    let centralWeights: [Double]

    init(
        years: [Double], logs: [[Double]], hasOutputSeries: Bool, output: OutputGrowth, weights: CobbDouglasWeights,
        method: GrowthMethod, scheme: ResamplingScheme
    ) {
        let mean = years.reduce(0, +) / Double(years.count)
        centredYears = years.map { $0 - mean }
        self.logs = logs
        self.hasOutputSeries = hasOutputSeries
        self.output = output
        self.weights = weights
        self.method = method
        resamplesResiduals = scheme == .residual
        let sxx = centredYears.reduce(0) { $0 + $1 * $1 }
        var fitted: [[Double]] = [], residuals: [[Double]] = []
        for y in logs {
            let yBar = y.reduce(0, +) / Double(y.count)
            let slope = zip(centredYears, y).reduce(0) { $0 + $1.0 * ($1.1 - yBar) } / sxx
            let f = centredYears.map { yBar + slope * $0 }
            fitted.append(f)
            residuals.append(zip(y, f).map { $0 - $1 })
        }
        self.fitted = fitted
        self.residuals = residuals
        dt = (1..<max(years.count, 1)).map { years[$0] - years[$0 - 1] }
        dLogs = logs.map { y in (1..<max(y.count, 1)).map { y[$0] - y[$0 - 1] } }
        let span = years.last! - years.first!
        endpointRates = dLogs.map { $0.reduce(0, +) / span }
        sumSquaredYears = sxx
        sumLogs = logs.map { $0.reduce(0, +) }
        let centred = centredYears
        sumYearLogs = logs.map { y in zip(centred, y).reduce(0) { $0 + $1.0 * $1.1 } }
        self.span = dt.reduce(0, +)
        sumIncrements = dLogs.map { $0.reduce(0, +) }
        flatLogs = logs.flatMap { $0 }
        flatFitted = fitted.flatMap { $0 }
        flatResiduals = residuals.flatMap { $0 }
        // OutputGrowth.drawRate returns the central rate when there is no interval, drawing nothing.
        fixedOutputRate = hasOutputSeries || output.interval != nil ? nil : output.centralRate
        // CobbDouglasWeights.draw draws nothing and returns the central weights when none is a range.
        weightsHaveRanges = weights.stated.contains { $0?.isRange ?? false }
        centralWeights = weights.central
    }

    var observationCount: Int { method == .leastSquares ? centredYears.count : dt.count }

    /// One worker's scratch: the slope kernel and the rates and weights of the current replicate,
    /// so that a replicate allocates nothing.
    final class Workspace {
        let kernel: GrowthSlopeKernel
        let rates: UnsafeMutablePointer<Double>
        let weights: UnsafeMutablePointer<Double>

        init(rows: Int, series: Int, inputs: Int) {
            kernel = GrowthSlopeKernel(rows: rows, responses: series)
            rates = .allocate(capacity: max(series, 1))
            rates.initialize(repeating: 0, count: max(series, 1))
            weights = .allocate(capacity: max(inputs, 1))
            weights.initialize(repeating: 0, count: max(inputs, 1))
        }

        deinit {
            rates.deallocate()
            weights.deallocate()
        }
    }

    func makeWorkspace() -> Workspace {
        Workspace(rows: centredYears.count, series: logs.count, inputs: centralWeights.count)
    }

    func ratio(rates: [Double], outputRate: Double, weightValues: [Double]) -> Double? {
        let inputCount = weightValues.count
        var combined = 0.0
        for j in 0..<inputCount { combined += weightValues[j] * rates[j] }
        guard combined > 0, combined.isFinite else { return nil }
        let r = outputRate / combined
        return r.isFinite ? r : nil
    }

    func outputRate(rates: [Double]) -> Double? {
        hasOutputSeries ? rates[logs.count - 1] : output.centralRate
    }

    func originalEstimate(workspace: inout Workspace) -> Double? {
        let rates: [Double]
        switch method {
        case .leastSquares:
            let sxx = centredYears.reduce(0) { $0 + $1 * $1 }
            rates = logs.map { y in zip(centredYears, y).reduce(0) { $0 + $1.0 * $1.1 } / sxx }
        case .endpoints:
            rates = endpointRates
        }
        guard let g = outputRate(rates: rates) else { return nil }
        return ratio(rates: rates, outputRate: g, weightValues: weights.central)
    }

    /// Pairs resamples of a least-squares fit draw each row's index and gather its year and log
    /// values in one pass (the same draws as ``ResamplingScheme/fillIndices(_:generator:)``, so the
    /// same replicates); every other case fills the indices first.
    func resampleAndEvaluate(
        number: Int, scheme: ResamplingScheme, indices: inout [Int], generator: inout Xoshiro256StarStar,
        workspace: inout Workspace
    ) -> Double? {
        guard case .pairs = scheme, method == .leastSquares, !indices.isEmpty else {
            if !indices.isEmpty { scheme.fillIndices(&indices, generator: &generator) }
            return replicate(indices: indices, generator: &generator, workspace: &workspace)
        }
        let n = centredYears.count, q = logs.count
        let t = workspace.kernel.regressor, y = workspace.kernel.response
        centredYears.withUnsafeBufferPointer { years in
            flatLogs.withUnsafeBufferPointer { values in
                if q == 1 {
                    for k in 0..<n {
                        let i = generator.nextInt(below: n)
                        t[k] = years[i]
                        y[k] = values[i]
                    }
                } else {
                    for k in 0..<n {
                        let i = generator.nextInt(below: n)
                        t[k] = years[i]
                        for s in 0..<q { y[k + s * n] = values[i + s * n] }
                    }
                }
            }
        }
        guard workspace.kernel.solve() else { return nil }
        return combine(rates: workspace.kernel.slopes, generator: &generator, workspace: workspace)
    }

    func replicate(indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Workspace) -> Double? {
        let q = logs.count
        switch method {
        case .leastSquares:
            let n = centredYears.count
            let t = workspace.kernel.regressor, y = workspace.kernel.response
            centredYears.withUnsafeBufferPointer { years in
                indices.withUnsafeBufferPointer { index in
                    if resamplesResiduals {
                        flatFitted.withUnsafeBufferPointer { fitted in
                            flatResiduals.withUnsafeBufferPointer { residuals in
                                for k in 0..<n { t[k] = years[k] }
                                for s in 0..<q {
                                    for k in 0..<n { y[k + s * n] = fitted[k + s * n] + residuals[index[k] + s * n] }
                                }
                            }
                        }
                    } else {
                        flatLogs.withUnsafeBufferPointer { values in
                            for k in 0..<n { t[k] = years[index[k]] }
                            for s in 0..<q {
                                for k in 0..<n { y[k + s * n] = values[index[k] + s * n] }
                            }
                        }
                    }
                }
            }
            guard workspace.kernel.solve() else { return nil }
            return combine(rates: workspace.kernel.slopes, generator: &generator, workspace: workspace)
        case .endpoints:
            // Pairs and block schemes resample whole increments (Δt, Δ ln y); the residual scheme
            // keeps the years (fixed design) and resamples deviations from the mean rate.
            var span = 0.0
            if resamplesResiduals {
                for t in dt { span += t }
            } else {
                for i in indices { span += dt[i] }
            }
            guard span > 0 else { return nil }
            for s in 0..<q {
                var total = 0.0
                if resamplesResiduals {
                    for (k, i) in indices.enumerated() {
                        total += endpointRates[s] * dt[k] + (dLogs[s][i] - endpointRates[s] * dt[i])
                    }
                } else {
                    for i in indices { total += dLogs[s][i] }
                }
                workspace.rates[s] = total / span
            }
            return combine(rates: workspace.rates, generator: &generator, workspace: workspace)
        }
    }

    /// r from one replicate's growth rates: the output rate (its series' rate, or a draw from its
    /// interval, or its fixed value), then the weights (drawn when any is a range), in that order.
    @inline(__always)
    private func combine(
        rates: UnsafeMutablePointer<Double>, generator: inout Xoshiro256StarStar, workspace: Workspace
    ) -> Double? {
        let outputRate: Double
        if hasOutputSeries {
            outputRate = rates[logs.count - 1]
        } else if let fixedOutputRate {
            outputRate = fixedOutputRate
        } else {
            guard let drawn = output.drawRate(using: &generator) else { return nil }
            outputRate = drawn
        }
        var combined = 0.0
        if weightsHaveRanges {
            weights.draw(into: workspace.weights, using: &generator)
            for j in 0..<centralWeights.count { combined += workspace.weights[j] * rates[j] }
        } else {
            centralWeights.withUnsafeBufferPointer { w in
                for j in 0..<w.count { combined += w[j] * rates[j] }
            }
        }
        guard combined > 0, combined.isFinite else { return nil }
        let r = outputRate / combined
        return r.isFinite ? r : nil
    }

    func leavingOut(_ omitted: Int, workspace: inout Workspace) -> Double? {
        let rates: [Double]
        switch method {
        case .leastSquares:
            // Downdate the sums: with m = n − 1 points left, t̄' = −t_i/m (years are centred, Σt = 0),
            // Sxx' = Σt² − t_i² − m·t̄'², Sxy' = (Σty − t_i·y_i) − t̄'·(Σy − y_i).
            let t = centredYears[omitted]
            let m = Double(centredYears.count - 1)
            let tBar = -t / m
            let sxx = sumSquaredYears - t * t - m * tBar * tBar
            guard m >= 1, sxx > 1e-12 * sumSquaredYears else { return nil }
            rates = logs.indices.map { s in
                ((sumYearLogs[s] - t * logs[s][omitted]) - tBar * (sumLogs[s] - logs[s][omitted])) / sxx
            }
        case .endpoints:
            let remaining = span - dt[omitted]
            guard remaining > 0 else { return nil }
            rates = dLogs.indices.map { s in (sumIncrements[s] - dLogs[s][omitted]) / remaining }
        }
        guard let g = outputRate(rates: rates) else { return nil }
        return ratio(rates: rates, outputRate: g, weightValues: weights.central)
    }
}
