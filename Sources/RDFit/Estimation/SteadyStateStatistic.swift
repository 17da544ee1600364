import Foundation

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
    }

    var observationCount: Int { method == .leastSquares ? centredYears.count : dt.count }

    struct Workspace {
        var kernel: SmallLeastSquaresKernel
        var rates: [Double]
    }

    func makeWorkspace() -> Workspace {
        Workspace(
            kernel: SmallLeastSquaresKernel(rows: centredYears.count, columns: 2, responses: logs.count),
            rates: [Double](repeating: 0, count: logs.count))
    }

    func ratio(rates: [Double], outputRate: Double, weightValues: [Double]) -> Double? {
        let inputCount = weightValues.count
        var combined = 0.0
        for j in 0..<inputCount { combined += weightValues[j] * rates[j] }
        guard combined > 0, combined.isFinite else { return nil }
        let r = outputRate / combined
        return r.isFinite ? r : nil
    }

    func outputRate(rates: [Double], generator: inout Xoshiro256StarStar?) -> Double? {
        if hasOutputSeries { return rates[logs.count - 1] }
        if var g = generator {
            defer { generator = g }
            return output.drawRate(using: &g)
        }
        return output.centralRate
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
        var none: Xoshiro256StarStar? = nil
        guard let g = outputRate(rates: rates, generator: &none) else { return nil }
        return ratio(rates: rates, outputRate: g, weightValues: weights.central)
    }

    func replicate(indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Workspace) -> Double? {
        switch method {
        case .leastSquares:
            let n = centredYears.count
            for (k, i) in indices.enumerated() {
                workspace.kernel.a[k] = 1
                workspace.kernel.a[k + n] = resamplesResiduals ? centredYears[k] : centredYears[i]
            }
            for s in 0..<logs.count {
                for (k, i) in indices.enumerated() {
                    workspace.kernel.b[k + s * n] = resamplesResiduals ? fitted[s][k] + residuals[s][i] : logs[s][i]
                }
            }
            guard workspace.kernel.solve() else { return nil }
            for s in 0..<logs.count { workspace.rates[s] = workspace.kernel.solution[1 + 2 * s] }
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
            for s in 0..<logs.count {
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
        }
        var g: Xoshiro256StarStar? = generator
        guard let outputRate = outputRate(rates: workspace.rates, generator: &g) else { return nil }
        generator = g!
        let w = weights.draw(using: &generator)
        return ratio(rates: workspace.rates, outputRate: outputRate, weightValues: w)
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
        var none: Xoshiro256StarStar? = nil
        guard let g = outputRate(rates: rates, generator: &none) else { return nil }
        return ratio(rates: rates, outputRate: g, weightValues: weights.central)
    }
}
