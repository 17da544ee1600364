import ArgumentParser
import RDFit

/// The options that only `rdfit sensitivity` has.
struct SensitivityOptions: ParsableArguments {
    @Option(
        name: .customLong("vary"),
        help: ArgumentHelp(
            """
            An assumption and its range, all else at baseline (repeatable): doubling-time=LO:HI, growth-multiple=LO:HI, \
            growth-factor=LO:HI, compute-share=LO:HI, spillover:COL=LO:HI, spillover-share:COL=LO:HI, multiplier:NAME=LO:HI, \
            weight:COL=LO:HI, or input=COL1,COL2.
            """, valueName: "NAME=LO:HI"), transform: VaryValue.parse)
    var vary: [VaryValue] = []

    @Option(
        help: ArgumentHelp(
            "Grid points per varied assumption (default 9); the grid brackets break-even values, which root finding then refines.",
            valueName: "N"))
    var points: Int?
}
