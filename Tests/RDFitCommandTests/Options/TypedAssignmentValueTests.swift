import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// `--vary NAME=VALUE` and `--weight COL=W` are typed values: their syntax is refused when the
/// command line is parsed, with the text rdfit has always given, and what is parsed reaches the plan.
@Suite("Typed --vary and --weight values")
struct TypedAssignmentValueTests {
    /// The syntax error's text for `text`, or nil when it parses.
    static func varyError(_ text: String) -> String? {
        do {
            _ = try VaryValue(parsing: text)
            return nil
        } catch let error as NumericValue.SyntaxError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test("--vary splits the name, its argument and the range; blanks are trimmed")
    func varyParses() throws {
        let value = try VaryValue(parsing: "spillover:papers = 0:0.5")
        #expect(value.head == "spillover" && value.argument == "papers" && value.value == "0:0.5")
        #expect(value.name == "spillover:papers" && value.text == "spillover:papers = 0:0.5")
        let plain = try VaryValue(parsing: "doubling-time=4:25")
        #expect(plain.argument == nil && plain.name == "doubling-time")
        #expect(plain.values == .range(4...25))
        let options = try SensitivityOptions.parse(["--vary", "compute-share=0.5:0.8", "--vary", "input=a, b"])
        #expect(options.vary.map(\.head) == ["compute-share", "input"])
        #expect(
            options.vary.map(\.variation) == [
                SensitivityVariation(name: "compute-share", values: .range(0.5...0.8), text: "0.5:0.8"),
                SensitivityVariation(name: "input", values: .columns(["a", "b"]), text: "a, b"),
            ])
    }

    @Test("--vary syntax errors name the fault and suggest the nearest assumption")
    func varyRefuses() throws {
        #expect(Self.varyError("x") == "'x' is not of the form NAME=VALUE, e.g. doubling-time=4:25")
        #expect(
            Self.varyError("doubling-tim=1:2")?.hasPrefix(
                "'doubling-tim' is not an assumption --vary can change; did you mean 'doubling-time'?") == true)
        #expect(Self.varyError("weight=0:1") == "'weight' needs a name after a colon, e.g. weight:COL=0:0.5")
        #expect(Self.varyError("doubling-time:x=1:2") == "'doubling-time' takes no ':x'; write doubling-time=LO:HI")
        #expect(Self.varyError("growth-factor=3:2") == "the low end 3 is not below the high end 2; write LO:HI")
        #expect(Self.varyError("growth-factor=3")?.hasPrefix("'3' is not a range") == true)
        #expect(throws: (any Error).self) { try SensitivityOptions.parse(["--vary", "nope=1:2"]) }
    }

    @Test("--weight COL=W is parsed into a named weight and reaches the request")
    func weightParses() throws {
        let options = try EstimateOptions.parse(["--weight", "compute = 0.59:0.67:0.75", "--weight", "papers=0.4"])
        #expect(options.weights.map(\.name) == ["compute", "papers"])
        let request = options.request
        #expect(
            request.weights == [
                InputWeightAssignment(column: "compute", weight: .triangular(low: 0.59, mode: 0.67, high: 0.75)),
                InputWeightAssignment(column: "papers", weight: .fixed(0.4)),
            ])
        #expect(throws: (any Error).self) { try EstimateOptions.parse(["--weight", "compute"]) }
        #expect(throws: (any Error).self) { try EstimateOptions.parse(["--weight", "compute=abc"]) }
    }

    @Test("a bad --weight, --vary or --compress is one line naming the option, exit 64")
    func commandLineMessages() throws {
        let cases: [([String], String)] = [
            (
                ["estimate", "Data/computer-vision.csv", "--weight", "x"],
                "rdfit: error: --weight: 'x' is not of the form NAME=VALUE, e.g. compute=0.59:0.67:0.75; see 'rdfit estimate --help'\n"
            ),
            (
                ["sensitivity", "Data/computer-vision.csv", "--vary", "weight=0:1"],
                "rdfit: error: --vary: 'weight' needs a name after a colon, e.g. weight:COL=0:0.5; see 'rdfit sensitivity --help'\n"
            ),
            (
                ["simulate", "--runs", "10", "--compress", "5"],
                "rdfit: error: --compress: '5' is not YEARS:MONTHS, e.g. 5:6 for 5 years of progress in 6 months; see 'rdfit simulate --help'\n"
            ),
        ]
        for (arguments, message) in cases {
            let outcome = try CommandRunner.run(arguments)
            #expect(outcome.status == 64 && outcome.standardError == message, "\(arguments)")
        }
    }
}
