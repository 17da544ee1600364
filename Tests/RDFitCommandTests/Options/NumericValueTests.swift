import Foundation
import Testing

@testable import RDFitCommand

/// Numeric options are typed when the command line is parsed: arithmetic evaluated, the text
/// kept, a value that is not a number refused with the option and the reason.
@Suite("Typed numeric options")
struct NumericValueTests {
    @Test("arithmetic is evaluated at parse time and the text kept; ranges keep both ends")
    func parsedValues() throws {
        let options = try EstimateOptions.parse([
            "--growth-factor", "2^(120/9)", "--over", "10", "--interval", "1/2:3", "--years", "2000:2010",
        ])
        #expect(options.growthFactor?.text == "2^(120/9)")
        #expect(abs((options.growthFactor?.value ?? 0) - pow(2, 120.0 / 9)) < 1e-9)
        #expect(options.over?.value == 10)
        #expect(options.interval?.low == 0.5 && options.interval?.high == 3 && options.interval?.text == "1/2:3")
        #expect(options.years?.low == 2000 && options.years?.high == 2010)
    }

    @Test("a value that is not a number, or a range that is not LO < HI, fails to parse")
    func refusedValues() {
        for arguments in [
            ["--doubling-time", "1/"], ["--over", "ten"], ["--interval-level", "(0.9"], ["--interval", "6"],
            ["--years", "2010:2000"], ["--years", "2000:x"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try EstimateOptions.parse(arguments) }
        }
        #expect(throws: NumericValue.SyntaxError.self) { try NumericRange(parsing: "1:(") }
    }

    @Test("the message names the option and the reason on one line, before any cross-option check")
    func message() throws {
        // Without --over the growth factor would be refused for its missing horizon; the bad
        // number is caught first, while parsing.
        let outcome = try CommandRunner.run(["estimate", "Data/computer-vision.csv", "--growth-factor", "2^("])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError
                == "rdfit: error: --growth-factor: '2^(' is not a number: expected a number or '(' but the expression ends at character 4; see 'rdfit estimate --help'\n"
        )
        let range = try CommandRunner.run(["estimate", "Data/computer-vision.csv", "--years", "2000:x"])
        #expect(range.status == 64)
        #expect(range.standardError.hasPrefix("rdfit: error: --years: 'x' is not a number"))
    }
}
