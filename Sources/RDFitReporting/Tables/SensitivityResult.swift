import RDFit

/// Everything `rdfit sensitivity` computed.
package struct SensitivityResult {
    package let baseline: SensitivityPoint
    package let sweeps: [SensitivitySweep]
    package let grid: SensitivityGrid?

    /// Collects the baseline, the sweeps and the optional grid.
    package init(baseline: SensitivityPoint, sweeps: [SensitivitySweep], grid: SensitivityGrid?) {
        self.baseline = baseline
        self.sweeps = sweeps
        self.grid = grid
    }
}
