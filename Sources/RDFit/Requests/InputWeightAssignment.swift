/// A Cobb-Douglas weight stated for one input column by name, as a ``ReturnsRequest`` takes it:
/// the column is resolved against the data table when the request is planned.
public struct InputWeightAssignment: Sendable, Hashable {
    /// The column's name as given (matched like ``DataTable/column(named:setting:)``).
    public var column: String
    /// The weight: fixed, uniform or triangular.
    public var weight: InputWeight

    /// A weight for the column named `column`.
    public init(column: String, weight: InputWeight) {
        self.column = column
        self.weight = weight
    }
}
