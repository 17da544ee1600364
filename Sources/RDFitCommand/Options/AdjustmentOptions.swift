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
            valueName: "COL=W"),
        transform: NamedDistribution.parser(example: "artificial_intelligence_country_sum=0.05"))
    var spillovers: [NamedDistribution] = []

    @Option(
        name: .customLong("spillover-share"),
        help: ArgumentHelp(
            "Spillover in growth form: g_eff = (1 − S)·g_E + S·g(COL). S in [0,1]: V, LO:HI or LO:MODE:HI. Repeatable.",
            valueName: "COL=S"), transform: NamedDistribution.parser(example: "artificial_intelligence_country_sum=0.3")
    )
    var spilloverShares: [NamedDistribution] = []

    @Option(
        name: .customLong("compute-share"),
        help: ArgumentHelp(
            "Compute bottleneck: report (1 − ε_K)·r for compute share ε_K in [0,1], e.g. 2/3 or 0.59:0.67:0.75.",
            valueName: "E"), transform: NumericDistribution.parse)
    var computeShare: NumericDistribution?

    @Option(
        name: .customLong("output-multiplier"),
        help: ArgumentHelp(
            "Unmeasured output or fixed hardware: r·X, X > 0 (V, LO:HI or LO:MODE:HI), e.g. post-training=1:2, capability-gains=1:2, fixed-hardware=0.5. Repeatable.",
            valueName: "NAME=X"), transform: NamedDistribution.parser(example: "post-training=1:2"))
    var outputMultipliers: [NamedDistribution] = []

    /// Whether no adjustment was asked for.
    var isEmpty: Bool {
        spillovers.isEmpty && spilloverShares.isEmpty && computeShare == nil && outputMultipliers.isEmpty
    }
}
