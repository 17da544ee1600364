/// Checks shared by the estimators' specifications.
enum SpecificationChecks {
    /// At least one input; every series (inputs and output) on the first series' years; a level
    /// strictly between 0 and 1.
    static func requireInputs(_ inputs: [TimeSeries], alignedWith others: [TimeSeries], level: Double) throws {
        guard let first = inputs.first else {
            throw SpecificationError(setting: .input, message: "at least one input column is needed")
        }
        guard level > 0, level < 1 else {
            throw SpecificationError(
                setting: .level, message: "the level must be strictly between 0 and 1, e.g. 0.9 (got \(level))")
        }
        for series in inputs + others where series.years != first.years {
            throw SpecificationError(
                setting: .input, message: "series '\(series.name)' is not on the same years as '\(first.name)'")
        }
    }
}
