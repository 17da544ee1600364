import ArgumentParser
import RDFitReporting

/// The output formats one subcommand prints, its default first. `--format`'s accepted values,
/// its help and its error message all come from ``formats``, so help never offers a format the
/// command refuses.
protocol OutputFormatList {
    /// The accepted formats; the first is the default.
    static var formats: [ReportFormat] { get }
}

extension OutputFormatList {
    /// "table or json", "table, json or csv".
    static var phrase: String {
        let names = formats.map(\.rawValue)
        return names.count < 2
            ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }
}

/// `rdfit estimate` and `rdfit sensitivity`: every format.
enum EstimateFormats: OutputFormatList {
    static var formats: [ReportFormat] { [.table, .json, .csv, .markdown] }
}

/// `rdfit reproduce`: no CSV (a table of tables does not fit one header).
enum ReproduceFormats: OutputFormatList {
    static var formats: [ReportFormat] { [.table, .json, .markdown] }
}

/// `rdfit simulate` without `--runs`.
enum SimulateFormats: OutputFormatList {
    static var formats: [ReportFormat] { [.table, .json, .csv] }
}

/// `rdfit simulate --runs N`, the automation-loop Monte Carlo.
enum MonteCarloFormats: OutputFormatList {
    static var formats: [ReportFormat] { [.table, .json] }
}

/// A `--format` value from the formats `Accepted` lists; any other is refused while parsing, with
/// the accepted list.
struct FormatChoice<Accepted: OutputFormatList>: ExpressibleByArgument, Sendable, Hashable {
    /// The chosen format.
    let format: ReportFormat

    init(_ format: ReportFormat) { self.format = format }

    init?(argument: String) {
        guard let format = ReportFormat(rawValue: argument), Accepted.formats.contains(format) else { return nil }
        self.format = format
    }

    var defaultValueDescription: String { format.rawValue }

    static var allValueStrings: [String] { Accepted.formats.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// `--format`'s help, "Output format (default: table).", to which the parser adds the
    /// accepted values; `extra` is added inside the parentheses.
    static func help(_ extra: String = "") -> ArgumentHelp {
        ArgumentHelp("Output format (default: \(Accepted.formats[0].rawValue)\(extra)).", valueName: "format")
    }
}
