/// Failures of the linear-algebra layer. Every non-zero LAPACK `info` becomes one of these.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A LAPACK routine reported that argument `position` had an illegal value (`info < 0`).
    case illegalArgument(routine: String, position: Int)
    /// The SVD inside a LAPACK routine failed to converge (`info > 0`).
    case svdDidNotConverge(routine: String, offDiagonalCount: Int)
    /// The problem's dimensions cannot be solved (no rows, no columns, or a size mismatch).
    case invalidDimensions(rows: Int, columns: Int, responseCount: Int)
    /// The design or response holds a NaN or an infinity.
    case nonFiniteValue(row: Int, column: Int?)
    /// The problem is too large for LAPACK's 32-bit integers.
    case tooLarge(rows: Int, columns: Int)
    /// LAPACK could not be loaded (the message says what the loader reported).
    case libraryUnavailable(String)

    public var description: String {
        switch self {
        case let .illegalArgument(routine, position):
            return
                "LAPACK \(routine) rejected argument \(position) (info = -\(position)); this is a bug in rdfit, please report it"
        case let .svdDidNotConverge(routine, count):
            return
                "LAPACK \(routine): the SVD did not converge (\(count) off-diagonal elements); rescale the data or remove near-duplicate columns"
        case let .invalidDimensions(rows, columns, responseCount):
            return
                "least squares needs at least one row and one column and a response per row (got \(rows)×\(columns) design, \(responseCount) responses)"
        case let .nonFiniteValue(row, column):
            if let column { return "least squares input has a NaN or infinity at row \(row + 1), column \(column + 1)" }
            return "least squares response has a NaN or infinity at row \(row + 1)"
        case let .tooLarge(rows, columns):
            return "a \(rows)×\(columns) problem is too large for LAPACK's 32-bit integers"
        case let .libraryUnavailable(reason):
            return "LAPACK could not be loaded (\(reason)); install liblapack3 (apt-get install liblapack-dev)"
        }
    }
}
