import ArgumentParser

/// `rdfit estimate --compute-substitution SIGMA`: a row stating the long-run explosion verdict
/// when research input is CES in labour and fixed compute (<doc:AutomationLoop>).
struct ComputeSubstitutionOptions: ParsableArguments {
    @Option(
        name: .customLong("compute-substitution"),
        help: ArgumentHelp(
            "Add a row with the long-run explosion verdict under a CES research input with elasticity σ > 0 "
                + "between labour and fixed compute (or whitfill-wu-2025, whitfill-wu-2025-frontier, cobb-douglas; "
                + "σ = 1 uses --compute-share, default 0.67).",
            valueName: "SIGMA"), transform: SubstitutionElasticity.parse)
    var computeSubstitution: SubstitutionElasticity?
}
