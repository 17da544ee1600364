/// A problem with the data: a malformed file, a value that cannot be used, a series that cannot
/// be fitted. The command-line tool exits with status 65 (`EX_DATAERR`) on these.
///
/// ``line`` and ``column`` are 1-based positions in the input text (column = field number) where
/// they apply; ``description`` renders `line L, column C: message`, and the CLI prefixes the file.
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier for the kind of problem; tests and scripts may match on it.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let emptyInput = Kind(rawValue: "empty-input")
        public static let malformedCSV = Kind(rawValue: "malformed-csv")
        public static let missingYearColumn = Kind(rawValue: "missing-year-column")
        public static let duplicateYear = Kind(rawValue: "duplicate-year")
        public static let nonNumericValue = Kind(rawValue: "non-numeric-value")
        public static let nonFiniteValue = Kind(rawValue: "non-finite-value")
        public static let nonPositiveValue = Kind(rawValue: "non-positive-value")
        public static let tooFewPoints = Kind(rawValue: "too-few-points")
        public static let constantSeries = Kind(rawValue: "constant-series")
        public static let nonPositiveInputGrowth = Kind(rawValue: "non-positive-input-growth")
        public static let undefinedEstimate = Kind(rawValue: "undefined-estimate")
    }

    /// What kind of problem this is.
    public let kind: Kind
    /// 1-based line in the input text, where it applies.
    public let line: Int?
    /// 1-based column (field number) in the input text, where it applies.
    public let column: Int?
    /// The data column's name, where it applies.
    public let columnName: String?
    /// One sentence: what is wrong and what to do about it.
    public let message: String

    /// Creates a data error.
    public init(_ kind: Kind, line: Int? = nil, column: Int? = nil, columnName: String? = nil, message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.columnName = columnName
        self.message = message.flattenedToOneLine
    }

    /// `line L, column C: message` (the position parts only where known).
    public var description: String {
        switch (line, column) {
        case let (line?, column?): return "line \(line), column \(column): \(message)"
        case let (line?, nil): return "line \(line): \(message)"
        default: return message
        }
    }
}
