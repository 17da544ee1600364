extension DataError.Kind {
    /// The output factor A_T/A_0 is at most 1: the single-endpoint model needs output growth.
    public static let nonPositiveOutputGrowth = DataError.Kind(rawValue: "non-positive-output-growth")
}
