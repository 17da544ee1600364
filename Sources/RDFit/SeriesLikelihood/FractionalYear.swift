/// Calendar dates as fractional years, the time unit of the full-series likelihood.
public enum FractionalYear {
    /// The fractional year of an ISO calendar date `YYYY-MM-DD` at 00:00:
    /// year + (day of year − 1) / (days in that year), so 2020-01-01 is 2020.0 and 2020-07-02 is
    /// 2020 + 183/366 (2020 is a leap year). Gregorian calendar, proleptic before 1582.
    /// - Parameter isoDate: the date, e.g. `2013-12-09`.
    /// - Throws: ``DataError`` of kind ``DataError/Kind/invalidDate`` when the text is not a valid
    ///   date (wrong shape, month outside 1–12, day outside the month).
    public static func from(isoDate: String) throws -> Double {
        let parts = isoDate.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month)
        else {
            throw invalid(isoDate)
        }
        let leap = isLeap(year)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { throw invalid(isoDate) }
        let dayOfYear = lengths[0..<(month - 1)].reduce(0, +) + day
        return Double(year) + Double(dayOfYear - 1) / Double(leap ? 366 : 365)
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func invalid(_ text: String) -> DataError {
        DataError(.invalidDate, message: "'\(text)' is not a calendar date written YYYY-MM-DD")
    }
}
