// libFuzzer target: option values and `# rdfit:` defaults lines.
//
// Built by scripts/fuzz.sh in one module with the command-layer sources, so their internal API is
// visible; the library and the reporting layer are modules beside it, as is ArgumentParser. The first byte picks what
// the rest is:
//   0–63    an option value: a number or arithmetic expression, a range, a weight, NAME=VALUE;
//   64–159  the text of a `# rdfit:` line in a small data file, parsed, checked and planned;
//   160–255 command-line tokens (split at NUL and line breaks) for `rdfit estimate`, planned.
// Nothing is estimated (no bootstrap or sampler run), so each input takes microseconds. Every
// input must give a value (finite where it is a number) or a typed, one-line error; a trap, a
// sanitizer report or an untyped error is a crash.
import ArgumentParser
import Foundation
import RDFit

private let rows = "year,papers,staff,quality\n2001,100,10,1\n2002,150,12,1.6\n2003,225,15,2.5\n2004,337.5,17,4.1\n2005,506.25,21,6.3\n2006,759.4,25,10.2\n"
private let table = try! DataTable.parse(bytes: Array(rows.utf8))

private func checkOneLine(_ text: String, _ what: String) {
    fuzzCheck(!text.isEmpty && !text.contains("\n") && !text.contains("\r"), "\(what) is one non-empty line: \(text.debugDescription)")
}

/// Runs `body`, accepting the typed errors of the command layer (each one line).
private func expectTyped(_ what: String, _ body: () throws -> Void) {
    do {
        try body()
    } catch let error as SpecificationError {
        checkOneLine(error.message, "\(what): a specification error")
        let option = OptionNames.flag(for: error.setting)
        fuzzCheck(option.hasPrefix("--") || option.hasPrefix("RDFIT"), "\(what): the option is named: \(option)")
    } catch let error as DataError {
        checkOneLine(error.message, "\(what): a data error")
    } catch let error as CommandError {
        checkOneLine(MessageText.escaped(error.description), "\(what): a command error")
        fuzzCheck([CommandError.usage, CommandError.data].contains(error.exitCode), "\(what): exit status \(error.exitCode)")
    } catch {
        // ArgumentParser's own errors: the command prints the first line of their message.
        // Rendering it builds the whole help text, which would cut the executions per second
        // tenfold, so it is left to the corpus tests.
    }
}

private func plan(_ options: EstimateOptions, commandLine: EstimateOptions) throws {
    _ = try FileDefaults.locating("fuzz.csv", table: table, commandLine: commandLine) {
        try EstimatePlan.make(options: options, table: table, threads: 1, drawnSeed: 1)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOptionValues(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let selector = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    switch selector {
    case 0..<64:
        expectTyped("number") {
            let value = try OptionValueParsing.number(text, setting: .doublingTime)
            fuzzCheck(value.isFinite, "a parsed number is finite: \(value)")
        }
        expectTyped("range") {
            let range = try OptionValueParsing.range(text, setting: .interval)
            fuzzCheck(range.low < range.high, "a range is ordered")
        }
        expectTyped("weight") { _ = try OptionValueParsing.weight(text, setting: .weight, name: "papers") }
        expectTyped("assignment") {
            let (name, value) = try OptionValueParsing.assignment(text, setting: .weight, example: "a=1")
            fuzzCheck(!name.isEmpty || !value.isEmpty, "an assignment has parts")
        }
    case 64..<160:
        let file = "# rdfit: " + text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") + "\n" + rows
        expectTyped("defaults line") {
            let parsed = try DataTable.parse(bytes: Array(file.utf8))
            do {
                let defaults = try FileDefaults.options(in: parsed, path: "fuzz.csv")
                let commandLine = try EstimateOptions.parse(["--replicates", "10"])
                _ = try FileDefaults.locating("fuzz.csv", table: parsed, commandLine: commandLine) {
                    try EstimatePlan.make(options: commandLine.merged(over: defaults), table: parsed, threads: 1, drawnSeed: 1)
                }
            } catch let error as CommandError where error.description.hasPrefix("fuzz.csv:") {
                // A fault located in the defaults line: line 1, and a column (if any) inside the
                // line's options, after "# rdfit: ".
                let fields = error.description.split(separator: ":", maxSplits: 3)
                fuzzCheck(fields.count >= 3 && fields[1] == "1", "a defaults fault is on line 1: \(error.description)")
                if let column = Int(fields[2]) {
                    let length = parsed.comments.first.map { $0.column + $0.text.count } ?? 0
                    fuzzCheck((10...max(length, 10)).contains(column), "column \(column) inside the line: \(error.description)")
                }
                throw error
            }
        }
    default:
        let tokens = text.split(whereSeparator: { $0 == "\0" || $0 == "\n" }).map(String.init)
        expectTyped("command line") {
            if let error = ArgumentLimits.check(tokens) { throw error }
            let options = try EstimateOptions.parse(tokens)
            try plan(options, commandLine: options)
        }
    }
    return 0
}
