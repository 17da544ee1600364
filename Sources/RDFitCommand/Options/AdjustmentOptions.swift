import ArgumentParser
import RDFit

/// The adjustment options of `rdfit estimate` and `rdfit sensitivity` (<doc:AdjustmentsAndSensitivity>): explicit
/// assumptions about spillovers, a compute bottleneck and unmeasured output, each reported beside
/// the unadjusted r. Values are `V`, `LO:HI` (uniform) or `LO:MODE:HI` (triangular), drawn per
/// bootstrap replicate; numbers may be arithmetic (`2/3`).
struct AdjustmentOptions: ParsableArguments {
    @Option(
        name: .customLong("spillover"),
        help: ArgumentHelp(
            "Spillover in levels: effective input = input + W·COL (same units; single input). W in [0,1]: V, LO:HI or LO:MODE:HI. Repeatable.",
            valueName: "COL=W"))
    var spillovers: [String] = []

    @Option(
        name: .customLong("spillover-share"),
        help: ArgumentHelp(
            "Spillover in growth form: g_eff = (1 − S)·g_E + S·g(COL). S in [0,1]: V, LO:HI or LO:MODE:HI. Repeatable.",
            valueName: "COL=S"))
    var spilloverShares: [String] = []

    @Option(
        name: .customLong("compute-share"),
        help: ArgumentHelp(
            "Compute bottleneck: report (1 − ε_K)·r for compute share ε_K in [0,1], e.g. 2/3 or 0.59:0.67:0.75.",
            valueName: "E"))
    var computeShare: String?

    @Option(
        name: .customLong("output-multiplier"),
        help: ArgumentHelp(
            "Unmeasured output or fixed hardware: r·X, X > 0 (V, LO:HI or LO:MODE:HI), e.g. post-training=1:2, capability-gains=1:2, fixed-hardware=0.5. Repeatable.",
            valueName: "NAME=X"))
    var outputMultipliers: [String] = []

    /// Whether no adjustment was asked for.
    var isEmpty: Bool {
        spillovers.isEmpty && spilloverShares.isEmpty && computeShare == nil && outputMultipliers.isEmpty
    }

    /// A value `V`, `LO:HI` (uniform) or `LO:MODE:HI` (triangular); ranges are checked by
    /// ``ReturnsAdjustment/validate()``.
    static func distribution(_ text: String, setting: Setting, example: String) throws -> InputWeight {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let values = try parts.map { try OptionValueParsing.number($0, setting: setting) }
        switch values.count {
        case 1: return .fixed(values[0])
        case 2: return .uniform(low: values[0], high: values[1])
        case 3: return .triangular(low: values[0], mode: values[1], high: values[2])
        default:
            throw SpecificationError(
                setting: setting, message: "'\(text)' is not a value; write V, LO:HI or LO:MODE:HI, e.g. \(example)")
        }
    }
}
