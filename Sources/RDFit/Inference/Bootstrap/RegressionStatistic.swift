/// A statistic computed from the coefficients of a linear regression y = Xβ + e, refitted on
/// bootstrap resamples: pairs and block schemes resample rows (x_i, y_i); the residual scheme
/// keeps X and resamples residuals, y* = Xβ̂ + e*.
///
/// Refits use an allocation-free Householder kernel and fall back to LAPACK `dgelsd` when rank may
/// have dropped; a resample whose design is rank-deficient is a failed replicate.
public struct RegressionStatistic: BootstrapStatistic {
    /// The design matrix X (n × p).
    public let design: Matrix
    /// The response y (n).
    public let response: [Double]
    /// Whether replicates resample residuals (fixed design) instead of rows.
    public let resamplesResiduals: Bool
    /// Maps the coefficient vector to the statistic; nil when undefined.
    public let transform: @Sendable ([Double]) -> Double?

    private let fitted: [Double]
    private let residuals: [Double]

    /// Creates the statistic.
    /// - Parameters:
    ///   - design: X, full column rank.
    ///   - response: y.
    ///   - scheme: the resampling scheme the engine will use (decides rows or residuals).
    ///   - transform: coefficients → statistic, e.g. `{ $0[1] }` for a slope.
    /// - Throws: ``LinearAlgebraError`` from the original fit.
    public init(
        design: Matrix, response: [Double], scheme: ResamplingScheme,
        transform: @escaping @Sendable ([Double]) -> Double?
    ) throws {
        self.design = design
        self.response = response
        self.resamplesResiduals = scheme == .residual
        self.transform = transform
        let fit = try LeastSquares.fit(design: design, response: response)
        self.fitted = fit.fittedValues
        self.residuals = fit.residuals
        self.originalCoefficients = fit.coefficients
        self.originalIsFullRank = fit.isFullRank
        self.inverseGram = fit.inverseGram
    }

    private let originalCoefficients: [Double]
    private let originalIsFullRank: Bool
    /// (XᵀX)⁻¹ of the original fit, for O(p²) leave-one-out coefficients.
    private let inverseGram: Matrix?

    /// A leave-one-out fit whose leverage complement 1 − h_ii is below this is treated as rank
    /// deficient (the omitted row alone determines a coefficient).
    static let leverageTolerance = 1e-8

    public var observationCount: Int { response.count }

    /// One worker's Householder kernel.
    public struct Workspace {
        var kernel: SmallLeastSquaresKernel
        /// The refit's coefficients, reused so that a replicate allocates nothing.
        var coefficients: [Double]
    }

    public func makeWorkspace() -> Workspace {
        Workspace(
            kernel: SmallLeastSquaresKernel(rows: design.rows, columns: design.columns, responses: 1),
            coefficients: [Double](repeating: 0, count: design.columns))
    }

    public func originalEstimate(workspace: inout Workspace) -> Double? {
        originalIsFullRank ? transform(originalCoefficients) : nil
    }

    public func replicate(indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Workspace) -> Double? {
        let n = design.rows, p = design.columns
        // Load the resample through raw buffers: element-wise writes into the workspace's arrays
        // would each pay a uniqueness check, which dominated the cost of a 20 × 3 refit.
        let residualScheme = resamplesResiduals
        design.storage.withUnsafeBufferPointer { x in
            workspace.kernel.a.withUnsafeMutableBufferPointer { a in
                workspace.kernel.b.withUnsafeMutableBufferPointer { b in
                    indices.withUnsafeBufferPointer { index in
                        if residualScheme {
                            for j in 0..<p { for i in 0..<n { a[i + j * n] = x[i + j * n] } }
                            fitted.withUnsafeBufferPointer { f in
                                residuals.withUnsafeBufferPointer { e in
                                    for i in 0..<n { b[i] = f[i] + e[index[i]] }
                                }
                            }
                        } else {
                            for j in 0..<p { for k in 0..<n { a[k + j * n] = x[index[k] + j * n] } }
                            response.withUnsafeBufferPointer { y in
                                for k in 0..<n { b[k] = y[index[k]] }
                            }
                        }
                    }
                }
            }
        }
        if workspace.kernel.solve() {
            for j in 0..<p { workspace.coefficients[j] = workspace.kernel.solution[j] }
            return transform(workspace.coefficients)
        }
        return lapackRefit(indices: indices)
    }

    /// The statistic without row `omitted`, by the leave-one-out identity
    /// β̂₍₋ᵢ₎ = β̂ − (XᵀX)⁻¹xᵢ·eᵢ/(1 − hᵢᵢ), hᵢᵢ = xᵢᵀ(XᵀX)⁻¹xᵢ (Belsley, Kuh & Welsch 1980): O(p²)
    /// per row instead of a refit, so the jackknife of n rows costs O(n·p²), not O(n²·p²).
    public func leavingOut(_ omitted: Int, workspace: inout Workspace) -> Double? {
        guard originalIsFullRank, let inverseGram, design.rows > design.columns else { return nil }
        let p = design.columns
        var direction = [Double](repeating: 0, count: p)
        var leverage = 0.0
        for a in 0..<p {
            var sum = 0.0
            for b in 0..<p { sum += inverseGram[a, b] * design[omitted, b] }
            direction[a] = sum
            leverage += design[omitted, a] * sum
        }
        let complement = 1 - leverage
        guard complement > Self.leverageTolerance else { return nil }
        let scale = residuals[omitted] / complement
        return transform((0..<p).map { originalCoefficients[$0] - direction[$0] * scale })
    }

    private func lapackRefit(indices: [Int]) -> Double? {
        let y =
            resamplesResiduals
            ? (0..<design.rows).map { fitted[$0] + residuals[indices[$0]] } : indices.map { response[$0] }
        let x = resamplesResiduals ? design : design.selectingRows(indices)
        guard let fit = try? LeastSquares.fit(design: x, response: y), fit.isFullRank else { return nil }
        return transform(fit.coefficients)
    }
}
