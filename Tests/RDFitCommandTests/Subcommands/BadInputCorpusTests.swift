import Foundation
import Testing

/// The bad-input corpus (`Tests/Fixtures/bad-input/`, plus inputs made at test time): each
/// malformed or hostile input is run through the built `rdfit` and must give the documented exit
/// status, a one-line message with the key fragments and `file:line:column` where they apply,
/// nothing on stdout, no crash text, and no file left beside the input (estimate has no output-file
/// option, so any new file would be a partial output).
@Suite("rdfit estimate, bad-input corpus")
struct BadInputCorpusTests {
    /// What the command is run on.
    enum Input: Sendable {
        /// A file of the corpus, copied into a fresh directory.
        case fixture(String)
        /// The fixture directory itself, passed as if it were a file.
        case directory
        /// An empty path.
        case emptyPath
        /// A file of this name that does not exist, in a fresh directory.
        case missing(String)
    }

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let input: Input
        let arguments: [String]
        var environment: [String: String] = [:]
        /// 0 for an input that is legitimately accepted.
        let status: Int32
        /// Fragments the message (stderr on error, stdout on success) must contain.
        let fragments: [String]
        /// `:line` or `:line:column` that must follow the path in the message.
        var location: String? = nil
        var description: String { name }
    }

    static let doubling = ["--doubling-time", "9", "--replicates", "50", "--seed", "1"]
    static let jones = ["--method", "jones-ols", "--output", "quality", "--replicates", "50", "--seed", "1"]

    static func data(
        _ fixture: String, _ fragments: [String], at location: String? = nil, arguments: [String] = doubling
    ) -> Case {
        Case(
            name: fixture, input: .fixture(fixture), arguments: arguments, status: 65, fragments: fragments,
            location: location)
    }

    static func usage(
        _ name: String, _ arguments: [String], _ fragments: [String], environment: [String: String] = [:]
    ) -> Case {
        Case(
            name: name, input: .fixture("good.csv"), arguments: arguments, environment: environment, status: 64,
            fragments: fragments)
    }

    static func accepted(_ fixture: String, _ fragments: [String], arguments: [String] = doubling) -> Case {
        Case(
            name: fixture, input: .fixture(fixture), arguments: arguments + ["--format", "json"], status: 0,
            fragments: fragments)
    }

    static let cases: [Case] =
        [
            // Delimiters, quoting, structure.
            data("semicolon-delimited.csv", ["semicolon", "save the file as CSV with commas"], at: ":1"),
            data("tab-delimited.csv", ["tab-delimited"], at: ":1"),
            data("ragged-row-short.csv", ["expected 3 fields", "found 2"], at: ":3"),
            data("ragged-row-long.csv", ["expected 2 fields", "found 3"], at: ":4"),
            data("open-quote.csv", ["never closed"], at: ":3:2"),
            data("quote-inside-unquoted-field.csv", ["inside an unquoted field"], at: ":3:2"),
            data("text-after-closing-quote.csv", ["after the closing quote"], at: ":3:2"),
            data("empty-header-cell.csv", ["header cell 2 is empty"], at: ":1:2"),
            data("duplicate-column-names.csv", ["same name", "rename one"], at: ":1:3"),
            data("duplicate-column-names-case.csv", ["apart from case"], at: ":1:3"),
            data("column-name-with-line-break.csv", ["no 'year' column", "pa\\u{A}pers"], at: ":1"),
            data("no-year-column.csv", ["no 'year' column", "t, papers"], at: ":1"),
            data("only-year-column.csv", [], arguments: doubling).with(
                status: 64, fragments: ["--input", "no input column"]),
            // Empty and non-text files.
            data("empty.csv", ["the file is empty"]),
            data("bom-only.csv", ["the file is empty"]),
            data("blank-lines-only.csv", ["the file is empty"]),
            data("comments-only.csv", ["only comment lines"]),
            data("header-only.csv", ["no data rows"], at: ":1"),
            data("binary-nul-bytes.csv", ["not a text CSV file", "NUL byte"], at: ":1:1"),
            data("utf16-bom.csv", ["UTF-16", "save it as UTF-8"], at: ":1"),
            data("invalid-utf8.csv", ["invalid UTF-8"], at: ":3:2"),
            data("gzip-compressed.csv", ["not a text CSV file"], at: ":1:1"),
            // Cells.
            data("overflow-1e400.csv", ["'1e400'", "too large"], at: ":3:2"),
            data("underflow-1e-400.csv", ["positive"], at: ":3:2"),
            data("spelling-nan.csv", ["'NaN'", "NaN or infinity"], at: ":3:2"),
            data("spelling-nan-lowercase.csv", ["'nan'"], at: ":3:2"),
            data("spelling-minus-inf.csv", ["'-inf'"], at: ":3:2"),
            data("spelling-infinity.csv", ["'Infinity'"], at: ":3:2"),
            data("spelling-excel-inf.csv", ["'1.#INF'"], at: ":3:2"),
            data("decimal-comma.csv", ["'100,5'", "decimal commas"], at: ":2:2"),
            data("hexadecimal-value.csv", ["hexadecimal"], at: ":2:2"),
            data("two-decimal-points.csv", ["one decimal point"], at: ":3:2"),
            data("very-long-cell.csv", ["is not a number", "…"], at: ":3:2"),
            data("negative-value.csv", ["-150", "positive"], at: ":3:2"),
            data("zero-value.csv", ["positive"], at: ":4:2"),
            // Years.
            data("duplicate-year.csv", ["year 2002 appears on lines 3 and 4"], at: ":4:1"),
            data("missing-year.csv", ["no year"], at: ":3:1"),
            data("implausible-year.csv", ["'20010101'", "calendar years"], at: ":2:1"),
            data("non-numeric-year.csv", ["'last year'"], at: ":3:1"),
            // Series that cannot be fitted.
            data("constant-series.csv", ["constant"]),
            data("too-few-rows.csv", ["2 usable points", "at least 3"]),
            data("shrinking-input.csv", ["does not grow"]),
            data("all-values-missing.csv", ["0 usable points"]),
            data("collinear-jones.csv", ["nearly collinear", "lockstep"], arguments: jones),
            data("jones-too-few-windows.csv", ["at least 4 windows", "--window"], arguments: jones),
            // The file's own defaults line.
            Case(
                name: "bad-defaults-line.csv", input: .fixture("bad-defaults-line.csv"),
                arguments: ["--replicates", "50"], status: 64,
                fragments: ["'# rdfit:' defaults do not parse", "jackknife"], location: ":1:40"),
            // Paths.
            Case(
                name: "directory as file", input: .directory, arguments: doubling, status: 65,
                fragments: ["is a directory"]),
            Case(
                name: "empty path", input: .emptyPath, arguments: doubling, status: 65,
                fragments: ["file name is empty"]),
            // Options out of range.
            usage("replicates 0", ["--doubling-time", "9", "--replicates", "0"], ["--replicates", "between 10 and"]),
            usage("replicates too many", ["--doubling-time", "9", "--replicates", "20000000"], ["--replicates"]),
            usage("level 1.5", ["--doubling-time", "9", "--level", "1.5"], ["--level", "strictly between 0 and 1"]),
            usage("level nan", ["--doubling-time", "9", "--level", "nan"], ["--level"]),
            usage(
                "block length 0", ["--doubling-time", "9", "--bootstrap", "block", "--block-length", "0"],
                ["--block-length", "at least 1"]),
            usage(
                "block length 1e300", ["--doubling-time", "9", "--bootstrap", "block", "--block-length", "1e300"],
                ["--block-length", "at most 8"]),
            usage(
                "block length without a block scheme", ["--doubling-time", "9", "--block-length", "3"],
                ["--block-length", "block or stationary"]),
            usage("weight 1.2", ["--doubling-time", "9", "--weight", "papers=1.2"], ["--weight", "between 0 and 1"]),
            usage("weight without name", ["--doubling-time", "9", "--weight", "0.5"], ["--weight", "NAME=VALUE"]),
            usage(
                "interval level 1.5", ["--doubling-time", "9", "--interval", "4:25", "--interval-level", "1.5"],
                ["--interval-level"]),
            usage("interval reversed", ["--doubling-time", "9", "--interval", "25:4"], ["--interval", "not below"]),
            usage("doubling time 0", ["--doubling-time", "0"], ["--doubling-time", "positive"]),
            usage("doubling time negative", ["--doubling-time", "-5"], ["Missing value", "--option=VALUE"]),
            usage(
                "doubling time overflowing the rate", ["--doubling-time", "1e-320"], ["--doubling-time", "not finite"]),
            usage(
                "expression overflow", ["--growth-factor", "1e308*10", "--over", "3"], ["--growth-factor", "overflow"]),
            usage("horizon 0", ["--growth-factor", "2", "--over", "0"], ["--over"]),
            usage("two outputs", ["--doubling-time", "9", "--growth-multiple", "2"], ["give one output"]),
            usage("no output", [], ["say how software quality grows"]),
            usage(
                "unknown input column", ["--doubling-time", "9", "--input", "paprs"],
                ["no column 'paprs'", "did you mean 'papers'"]),
            usage(
                "input named twice", ["--doubling-time", "9", "--input", "papers", "--input", "Papers"],
                ["--input", "named more than once"]),
            usage("unknown output column", ["--output", "quality"], ["--output", "no column 'quality'"]),
            usage("years with no rows", ["--doubling-time", "9", "--years", "3000:4000"], ["--years", "no rows"]),
            usage("unknown format", ["--doubling-time", "9", "--format", "xml"], ["'xml'", "rdfit estimate --help"]),
            usage("seed out of range", ["--doubling-time", "9", "--seed", "18446744073709551616"], ["--seed"]),
            usage("window without jones", ["--doubling-time", "9", "--window", "3"], ["--window", "jones-ols"]),
            usage(
                "RDFIT_THREADS=0", doubling, ["RDFIT_THREADS", "'0'", "1 to 256"], environment: ["RDFIT_THREADS": "0"]),
            usage("RDFIT_THREADS=abc", doubling, ["RDFIT_THREADS", "'abc'"], environment: ["RDFIT_THREADS": "abc"]),
            // Legitimately accepted.
            accepted("years-out-of-order.csv", ["rows-reordered", "\"estimate\""]),
            accepted("bom-crlf.csv", ["\"estimate\""]),
            accepted("cr-line-ends.csv", ["\"estimate\""]),
            accepted("whitespace-around-cells.csv", ["\"estimate\""]),
            accepted("tiny-magnitudes.csv", ["\"estimate\""]),
            accepted("huge-magnitudes.csv", ["\"estimate\""]),
            accepted("magnitudes-1e-300-to-1e300.csv", ["degenerate-replicates"]),
            accepted("subnormal-value.csv", ["small-sample"]),
        ] + hostileCases

    /// Issue 12: cases from each class of the second hostile-input pass.
    static let defaults = ["--replicates", "50", "--seed", "1"]
    static let bayes = [
        "--method", "bayes-endpoint", "--doubling-time", "9", "--draws", "100", "--warmup", "100", "--seed", "1",
    ]
    static let longToken = String(repeating: "x", count: 100_000)
    static let hostileCases: [Case] = [
        // Positions: every line ending counts lines as the reader does; encoding errors name a column.
        data("cr-line-ends-nul-line6.csv", ["NUL byte"], at: ":6:2"),
        data("cr-line-ends-invalid-utf8-line6.csv", ["invalid UTF-8", "0xFF"], at: ":6:2"),
        data("crlf-invalid-utf8-in-quoted-field.csv", ["invalid UTF-8"], at: ":7:2"),
        data("bayes-non-consecutive-years.csv", ["consecutive", "2002 and 2004"], at: ":4", arguments: bayes),
        // The file's defaults: value errors, conflicts and limits at the file's line.
        Case(
            name: "defaults-bad-value.csv", input: .fixture("defaults-bad-value.csv"), arguments: defaults, status: 64,
            fragments: [
                "the file's '# rdfit:' defaults do not parse: --doubling-time: '9x' is not a number"
            ], location: ":2:26"),
        Case(
            name: "defaults-conflict.csv", input: .fixture("defaults-conflict.csv"), arguments: defaults, status: 64,
            fragments: ["--window (from the file's '# rdfit:' line)", "jones-ols"], location: ":3:19"),
        Case(
            name: "defaults-huge-window.csv", input: .fixture("defaults-huge-window.csv"), arguments: doubling,
            status: 64,
            fragments: ["--window (from the file's '# rdfit:' line)", "from 1 to 1000"], location: ":1:54"),
        Case(
            name: "defaults-line-too-long.csv", input: .fixture("defaults-line-too-long.csv"), arguments: defaults,
            status: 64,
            fragments: ["'# rdfit:' line is", "at most 4096"], location: ":1"),
        Case(
            name: "defaults-deep-nesting.csv", input: .fixture("defaults-deep-nesting.csv"), arguments: defaults,
            status: 64,
            fragments: [
                "the file's '# rdfit:' defaults do not parse: --doubling-time: '", "nests more than 100 deep", "…",
            ],
            location: ":1:26"),
        Case(
            name: "defaults-too-many-tokens.csv", input: .fixture("defaults-too-many-tokens.csv"), arguments: defaults,
            status: 64,
            fragments: ["more than 512"], location: ":3"),
        Case(
            name: "defaults-bad-token-second-line.csv", input: .fixture("defaults-bad-token-second-line.csv"),
            arguments: defaults, status: 64,
            fragments: ["do not parse", "'fifty'"], location: ":2:23"),
        // Invisible characters in header names are shown escaped.
        data("header-no-break-space.csv", [], arguments: doubling + ["--input", "papers"]).with(
            status: 64, fragments: ["no column 'papers'", "'\\u{A0}papers'"]),
        data("header-zero-width-no-break-space.csv", [], arguments: doubling + ["--input", "papers"]).with(
            status: 64, fragments: ["did you mean 'pa\\u{FEFF}pers'"]),
        // Quoted user text is one line, escaped and shortened.
        Case(
            name: "path with a line break", input: .missing("a\nb.csv"), arguments: doubling, status: 65,
            fragments: ["a\\u{A}b.csv: no such file"]),
        usage(
            "100 KB expression", ["--doubling-time", longToken],
            ["--doubling-time", "'" + String(repeating: "x", count: 59) + "…'"]),
        usage(
            "100 KB count", ["--doubling-time", "9", "--replicates", longToken],
            ["--replicates", "'" + String(repeating: "x", count: 59) + "…'"]),
        usage("control characters in a value", ["--doubling-time", "9\u{1B}[2J\r"], ["'9\\u{1B}[2J\\u{D}'"]),
        // The option at fault is the one named.
        usage(
            "window 0", ["--doubling-time", "9", "--method", "jones-ols", "--output", "papers", "--window", "0"],
            ["--window", "from 1 to 1000"]),
        usage("bayes level 1.5", bayes + ["--level", "1.5"], ["--level", "strictly between 0 and 1"]),
        // Crashes: deep nesting and huge counts.
        usage(
            "20,000 nested parentheses", ["--doubling-time", HostileCrashTests.nested],
            ["--doubling-time", "nests more than 100 deep"]),
        usage("warm-up 2^63 - 1", bayes + ["--warmup", "9223372036854775807"], ["--warmup"]),
        usage(
            "bayes horizon 1e19", ["--method", "bayes-endpoint", "--growth-factor", "2", "--over", "1e19"],
            ["--over", "from 2 to 10000"]),
        usage(
            "window 2^63 - 1",
            ["--doubling-time", "9", "--method", "jones-ols", "--output", "papers", "--window", "9223372036854775807"],
            ["--window"]),
        usage(
            "hac-lag 2^63 - 1",
            [
                "--doubling-time", "9", "--method", "jones-ols", "--output", "papers", "--hac-lag",
                "9223372036854775807",
            ], ["--hac-lag"]),
        // Resources: a command line too long to parse quickly.
        usage(
            "1,004 arguments", ["--doubling-time", "9"] + Array(repeating: "--input=papers", count: 1000),
            ["1004 arguments", "at most 1000"]),
    ]

    static let crashText = ["Fatal error", "Stack dump", "Backtracing", "Program crashed", "Illegal instruction"]

    @Test(
        "each bad input: exit status, one-line located message, empty stdout, no crash, no stray file", arguments: cases
    )
    func corpus(_ testCase: Case) throws {
        let fixtures = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-bad-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path: String
        switch testCase.input {
        case .fixture(let name):
            let copy = directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: copy)
            path = copy.path
        case .directory:
            path = fixtures.path
        case .emptyPath:
            path = ""
        case .missing(let name):
            path = directory.appendingPathComponent(name).path
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        let outcome = try CommandRunner.run(["estimate", path] + testCase.arguments, environment: testCase.environment)
        let after = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()

        #expect(outcome.status == testCase.status, "stderr: \(outcome.standardError)")
        #expect(before == after, "files left beside the input: \(Set(after).subtracting(before))")
        for text in Self.crashText {
            #expect(
                !outcome.standardError.contains(text) && !outcome.standardOutput.contains(text), "crash text '\(text)'")
        }
        if testCase.status == 0 {
            #expect(outcome.standardError.isEmpty, "\(outcome.standardError)")
            for fragment in testCase.fragments {
                #expect(outcome.standardOutput.contains(fragment), "'\(fragment)' not in stdout")
            }
            return
        }
        #expect(outcome.standardOutput.isEmpty, "stdout on error: \(outcome.standardOutput)")
        let message = outcome.standardError
        #expect(message.hasPrefix("rdfit: error: "), "\(message)")
        #expect(
            message.hasSuffix("\n")
                && message.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count == 1,
            "not one line: \(message)")
        for fragment in testCase.fragments {
            #expect(message.contains(fragment), "'\(fragment)' not in: \(message)")
        }
        if testCase.status == 65, case .fixture = testCase.input {
            let located = path + (testCase.location ?? "") + ": "
            #expect(message.contains(located), "expected '\(located)' in: \(message)")
        }
        if let location = testCase.location, testCase.status == 64 {
            #expect(message.contains(path + location + ": "), "expected '\(path + location)' in: \(message)")
        }
    }

    @Test("the corpus holds at least 65 files, and every file is used by a case")
    func corpusIsComplete() throws {
        let directory = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input").path
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: directory))
        #expect(files.count >= 65)
        var used: Set<String> = []
        for testCase in Self.cases { if case .fixture(let name) = testCase.input { used.insert(name) } }
        #expect(files.subtracting(used).isEmpty, "fixtures without a case: \(files.subtracting(used).sorted())")
    }

    @Test("10^6 rows, made at test time, finish (no quadratic stall) with a sensible r")
    func millionRows() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rdfit-million-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Years −50000 … 49999.9 in steps of 0.1; papers grow 1e-4 per year with ±1% wiggle.
        var text = "year,papers\n"
        text.reserveCapacity(30_000_000)
        for i in 0..<1_000_000 {
            let year = -50_000 + Double(i) / 10
            let value = 100 * exp(1e-4 * (year + 50_000)) * (1 + 0.01 * sin(Double(i)))
            text += "\(year),\(value)\n"
        }
        let path = directory.appendingPathComponent("million.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let start = Date()
        let outcome = try CommandRunner.run([
            "estimate", path, "--doubling-time", "12", "--replicates", "10", "--seed", "1",
            "--interval-method", "bca", "--format", "json",
        ])
        let elapsed = Date().timeIntervalSince(start)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        // A hang guard, not a speed test (speed is the benchmarks' job): a quadratic pass over 10^6 rows
        // would take hours; the debug build needs about 20 s of CPU, more on a loaded shared machine.
        #expect(elapsed < 300, "took \(elapsed) s")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let r = try #require((object["r"] as? [String: Any])?["estimate"] as? Double)
        // g_A = ln 2 per year, g_E = 1e-4 per year.
        #expect(abs(r / (log(2) / 1e-4) - 1) < 0.01, "r = \(r)")
    }
}

extension BadInputCorpusTests.Case {
    /// The same case with another expected status and fragments.
    func with(status: Int32, fragments: [String]) -> Self {
        Self(
            name: name, input: input, arguments: arguments, environment: environment, status: status,
            fragments: fragments, location: location)
    }
}
