/// A scalar statistic that the bootstrap engine can recompute on resamples.
///
/// Conforming types hold the original data. The engine hands each replicate a resample of
/// `0..<observationCount` (rows for pairs and block schemes, residual positions for the residual
/// scheme) and that replicate's own generator, from which the statistic may also draw Monte-Carlo
/// quantities (an output growth rate, a Cobb-Douglas weight). A per-thread `Workspace` lets hot
/// statistics avoid allocation.
public protocol BootstrapStatistic: Sendable {
    /// Scratch space owned by one worker thread.
    associatedtype Workspace

    /// Number of resampling units n.
    var observationCount: Int { get }

    /// Creates one worker's scratch space.
    func makeWorkspace() -> Workspace

    /// The statistic on the original data with every Monte-Carlo quantity at its central value.
    func originalEstimate(workspace: inout Workspace) -> Double?

    /// The statistic on one resample, drawing Monte-Carlo quantities from `generator`;
    /// nil when the replicate fails (rank-deficient refit, undefined ratio).
    func replicate(indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Workspace) -> Double?

    /// The statistic on resample number `number` (0-based): statistics that draw Monte-Carlo
    /// quantities from streams of their own (``ReturnsAdjustment``) need to know which replicate
    /// they are in. The default forwards to ``replicate(indices:generator:workspace:)``.
    func replicate(
        number: Int, indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Workspace
    ) -> Double?

    /// Draws resample number `number` (0-based) from `generator` and returns the statistic on it.
    /// The default fills `indices` (whose count is ``observationCount``) with
    /// ``ResamplingScheme/fillIndices(_:generator:)`` and calls
    /// ``replicate(number:indices:generator:workspace:)``; a hot statistic may instead draw each
    /// index and gather its data in one pass, provided it makes the same draws in the same order.
    func resampleAndEvaluate(
        number: Int, scheme: ResamplingScheme, indices: inout [Int], generator: inout Xoshiro256StarStar,
        workspace: inout Workspace
    ) -> Double?

    /// The statistic with unit `omitted` left out and Monte-Carlo quantities central
    /// (the jackknife for the BCa acceleration); nil when undefined.
    func leavingOut(_ omitted: Int, workspace: inout Workspace) -> Double?
}

extension BootstrapStatistic {
    /// Fills `indices` from `generator`, then forwards to ``replicate(number:indices:generator:workspace:)``.
    public func resampleAndEvaluate(
        number: Int, scheme: ResamplingScheme, indices: inout [Int], generator: inout Xoshiro256StarStar,
        workspace: inout Workspace
    ) -> Double? {
        if !indices.isEmpty { scheme.fillIndices(&indices, generator: &generator) }
        return replicate(number: number, indices: indices, generator: &generator, workspace: &workspace)
    }

    /// Forwards to ``replicate(indices:generator:workspace:)``: most statistics do not need the number.
    public func replicate(
        number: Int, indices: [Int], generator: inout Xoshiro256StarStar, workspace: inout Workspace
    ) -> Double? {
        replicate(indices: indices, generator: &generator, workspace: &workspace)
    }
}
