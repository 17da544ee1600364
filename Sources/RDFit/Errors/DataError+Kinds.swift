extension DataError.Kind {
    /// The input is not UTF-8 text: it holds NUL bytes, invalid UTF-8 or a UTF-16 byte-order mark.
    public static let binaryInput = DataError.Kind(rawValue: "binary-input")
    /// A header cell is empty, so its column has no name.
    public static let emptyColumnName = DataError.Kind(rawValue: "empty-column-name")
    /// Two header cells give the same column name (compared case-insensitively).
    public static let duplicateColumnName = DataError.Kind(rawValue: "duplicate-column-name")
    /// A data row has more or fewer fields than the header.
    public static let raggedRow = DataError.Kind(rawValue: "ragged-row")
    /// A quoted field is never closed.
    public static let unterminatedQuote = DataError.Kind(rawValue: "unterminated-quote")
    /// The file looks semicolon- or tab-delimited rather than comma-separated.
    public static let wrongDelimiter = DataError.Kind(rawValue: "wrong-delimiter")
    /// A data row has no value in the year column.
    public static let missingYear = DataError.Kind(rawValue: "missing-year")
    /// A year is not finite or lies outside ``DataTable/plausibleYears``.
    public static let invalidYear = DataError.Kind(rawValue: "invalid-year")
    /// The output factor A_T/A_0 is at most 1: the single-endpoint model needs output growth.
    public static let nonPositiveOutputGrowth = DataError.Kind(rawValue: "non-positive-output-growth")
    /// The rows used are not on consecutive years, which the single-endpoint Bayesian estimator needs.
    public static let nonConsecutiveYears = DataError.Kind(rawValue: "non-consecutive-years")
}
