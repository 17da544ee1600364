import RDFit

/// Everything `rdfit sensitivity` computed.
package struct SensitivityResult {
    package let baseline: SensitivityPoint
    package let sweeps: [SensitivitySweep]
    package let grid: SensitivityGrid?
    /// The baseline the analysis ran from, with its unadjusted estimate.
    package let run: SensitivityBaseline

    /// Collects the baseline point, the sweeps, the optional grid and the baseline they ran from.
    package init(
        baseline: SensitivityPoint, sweeps: [SensitivitySweep], grid: SensitivityGrid?, run: SensitivityBaseline
    ) {
        self.run = run
        self.baseline = baseline
        self.sweeps = sweeps
        self.grid = grid
    }
}
