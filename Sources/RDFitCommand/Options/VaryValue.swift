import ArgumentParser
import RDFit

/// A `--vary NAME=LO:HI` (or `input=COL1,COL2`) value of `rdfit sensitivity`: the assumption's name
/// (with its `:COL` or `:NAME` argument where it takes one) and its range or columns. The name and
/// the range are checked when the command line is parsed, with the nearest known name suggested;
/// the columns and the multiplier are resolved against the data file by the library
/// (``SensitivityRequest/plan(table:threads:drawnSeed:)``).
struct VaryValue: ParsedOptionValue, Hashable {
    /// The assumptions that take an argument after a colon.
    static let namesWithArgument = ["spillover", "spillover-share", "multiplier", "weight"]

    /// The text as given.
    let text: String
    /// The assumption, e.g. `doubling-time` or `spillover`.
    let head: String
    /// The argument after the colon (`spillover:COL`), or nil.
    let argument: String?
    /// The range (or, for `input`, the columns) after `=`, blanks trimmed.
    let value: String
    /// The range or the columns, parsed.
    let values: SensitivityVariation.Values

    /// The name before `=` as written, e.g. `spillover:papers`.
    var name: String { argument.map { "\(head):\($0)" } ?? head }

    /// Parses `text`.
    /// - Throws: ``NumericValue/SyntaxError`` for a text without `NAME=`, an unknown name (with the
    ///   nearest one), a missing or unexpected argument, or a range that is not `LO:HI` with LO < HI.
    init(parsing text: String) throws {
        let assignment = try NamedDistribution.assignment(text, example: "doubling-time=4:25")
        let parts = assignment.name.split(separator: ":", maxSplits: 1).map(String.init)
        let head = parts[0]
        let argument = parts.count > 1 ? parts[1] : nil
        let needsArgument = Self.namesWithArgument
        guard SensitivityAssumption.names.contains(head) else {
            var message = "'\(assignment.name)' is not an assumption --vary can change"
            if let suggestion = NearestName.suggestion(for: head, among: SensitivityAssumption.names) {
                message +=
                    "; did you mean '\(suggestion)\(argument.map { ":\($0)" } ?? (needsArgument.contains(suggestion) ? ":…" : ""))'?"
            }
            message +=
                " (one of doubling-time, growth-multiple, growth-factor, compute-share, spillover:COL, spillover-share:COL, multiplier:NAME, weight:COL, input)"
            throw NumericValue.SyntaxError(description: message)
        }
        if needsArgument.contains(head) && (argument ?? "").isEmpty {
            throw NumericValue.SyntaxError(
                description:
                    "'\(head)' needs a name after a colon, e.g. \(head == "multiplier" ? "multiplier:post-training=1:2" : "\(head):COL=0:0.5")"
            )
        }
        if !needsArgument.contains(head), let argument {
            throw NumericValue.SyntaxError(description: "'\(head)' takes no ':\(argument)'; write \(head)=LO:HI")
        }
        if head == "input" {
            values = .columns(assignment.value.split(separator: ",").map { String($0).trimmingBlanks })
        } else {
            let range = try NumericRange(parsing: assignment.value)
            values = .range(range.low...range.high)
        }
        self.text = text
        self.head = head
        self.argument = argument
        value = assignment.value
    }

    /// The library's variation.
    var variation: SensitivityVariation {
        SensitivityVariation(name: head, argument: argument, values: values, text: value)
    }
}
