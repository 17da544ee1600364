extension DataError.Kind {
    /// A series' dates decrease (or an input date repeats): full-series fits need them in order.
    public static let decreasingDates = DataError.Kind(rawValue: "decreasing-dates")
    /// A transition of the output lies partly outside the dates of the input series.
    public static let inputDoesNotCoverOutput = DataError.Kind(rawValue: "input-does-not-cover-output")
    /// The research input is zero over a whole transition, so the transition carries no information.
    public static let zeroInputOverTransition = DataError.Kind(rawValue: "zero-input-over-transition")
    /// A cumulative input count decreases between two dates.
    public static let decreasingCumulativeInput = DataError.Kind(rawValue: "decreasing-cumulative-input")
    /// A date string is not an ISO calendar date `YYYY-MM-DD`.
    public static let invalidDate = DataError.Kind(rawValue: "invalid-date")
}
