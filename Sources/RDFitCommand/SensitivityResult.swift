import RDFit

/// Everything `rdfit sensitivity` computed.
struct SensitivityResult {
    let baseline: SensitivityPoint
    let sweeps: [SensitivitySweep]
    let grid: SensitivityGrid?
}
