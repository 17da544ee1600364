import ArgumentParser
import RDFit

/// A `--compress YEARS:MONTHS` value: at least YEARS of progress within MONTHS months, each part a
/// ``NumericValue``. The syntax is checked when the command line is parsed; the bounds by
/// ``ProgressCondition/init(years:withinMonths:)``, which names the setting. The text is kept for
/// messages.
struct ProgressConditionValue: ParsedOptionValue, Hashable {
    /// The text as given.
    let text: String
    /// The years of progress.
    let years: Double
    /// The months they must fit in.
    let months: Double

    /// Parses `text`.
    /// - Throws: ``NumericValue/SyntaxError`` for a text that is not two parts or a part that is
    ///   not a number.
    init(parsing text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw NumericValue.SyntaxError(
                description:
                    "\(MessageText.quoted(text)) is not YEARS:MONTHS, e.g. 5:6 for 5 years of progress in 6 months")
        }
        years = try NumericValue.part(parts[0])
        months = try NumericValue.part(parts[1])
        self.text = text
    }

    /// The library's condition.
    /// - Throws: ``AutomationLoopError`` for years or months out of range.
    func condition() throws -> ProgressCondition { try ProgressCondition(years: years, withinMonths: months) }
}
