import ArgumentParser

/// The options of `rdfit simulate` without `--runs`: the doubling sequence after automation, the
/// toy model, training runs and the Figure 9 chart.
struct DoublingSequenceOptions: ParsableArguments {
    @Option(
        name: .customLong("first-doubling"),
        help: ArgumentHelp("Time of the first doubling after automation, in months (default 1).", valueName: "MONTHS"),
        transform: NumericValue.parse)
    var firstDoubling: NumericValue?

    @Option(
        name: .customLong("first-doubling-days"),
        help: ArgumentHelp("The first doubling time in days instead.", valueName: "DAYS"), transform: NumericValue.parse
    )
    var firstDoublingDays: NumericValue?

    @Option(help: ArgumentHelp("Number of doublings to list.", valueName: "N"))
    var doublings: Int?

    @Option(
        name: .customLong("days-per-month"), help: ArgumentHelp("Month length in days (default 30.4).", valueName: "D"),
        transform: NumericValue.parse)
    var daysPerMonth: NumericValue?

    @Option(
        name: .customLong("paper-growth"),
        help: ArgumentHelp("Toy model: papers per doubling grow by this factor (r = 1/log2 P).", valueName: "P"),
        transform: NumericValue.parse)
    var paperGrowth: NumericValue?

    @Option(
        name: .customLong("training-run-ratio"),
        help: ArgumentHelp("Each training run takes K times as long as the last.", valueName: "K"),
        transform: NumericValue.parse)
    var trainingRunRatio: NumericValue?

    @Option(
        name: .customLong("first-training-run"),
        help: ArgumentHelp("Length of the first training run in months (default 2).", valueName: "MONTHS"),
        transform: NumericValue.parse)
    var firstTrainingRun: NumericValue?

    @Option(
        name: .customLong("training-runs"),
        help: ArgumentHelp("Number of training runs to list (default 10).", valueName: "N"))
    var trainingRuns: Int?
}
