import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// The simulate and adjustment options are typed when the command line is parsed: `V`, `LO:HI`
/// and `LO:MODE:HI` values, `NAME=` forms and σ presets.
@Suite("Typed distribution options")
struct NumericDistributionTests {
    @Test("V, LO:HI and LO:MODE:HI parse to fixed, uniform and triangular weights; more parts are refused")
    func distributions() throws {
        #expect(try NumericDistribution(parsing: "2/3").weight == .fixed(2.0 / 3))
        #expect(try NumericDistribution(parsing: "1:2^2").weight == .uniform(low: 1, high: 4))
        #expect(try NumericDistribution(parsing: "0.2:0.3:0.5").weight == .triangular(low: 0.2, mode: 0.3, high: 0.5))
        #expect(throws: NumericValue.SyntaxError.self) { try NumericDistribution(parsing: "1:2:3:4") }
        #expect(throws: NumericValue.SyntaxError.self) { try NumericDistribution(parsing: "1:x") }
    }

    @Test("NAME=VALUE splits at the first '=' and trims blanks; a text without one is refused with the example")
    func named() throws {
        let given = try NamedDistribution(parsing: " ai = 0.1:0.2", example: "ai=0.1")
        #expect(given.name == "ai" && given.value.weight == .uniform(low: 0.1, high: 0.2))
        let error = #expect(throws: NumericValue.SyntaxError.self) {
            try NamedDistribution(parsing: "ai", example: "ai=0.1")
        }
        #expect(error?.description == "'ai' is not of the form NAME=VALUE, e.g. ai=0.1")
    }

    @Test("the simulate options parse typed: presets for σ, numbers and ranges")
    func simulateOptions() throws {
        let options = try MonteCarloOptions.parse([
            "--substitution", "Cobb-Douglas", "--compute-weight", "2/3", "--speed-up", "4:16", "--software-share",
            "0.4",
        ])
        #expect(options.substitution?.value == CESElasticityPreset.cobbDouglas.modelledElasticity)
        #expect(options.computeWeight?.value == 2.0 / 3 && options.speedUp?.values == [4, 16])
        let doubling = try DoublingSequenceOptions.parse(["--first-doubling-days", "7*3"])
        #expect(doubling.firstDoublingDays?.value == 21)
        #expect(throws: (any Error).self) { try MonteCarloOptions.parse(["--substitution", "fast"]) }
    }

    @Test("bad values are one line naming the option, before any cross-option check")
    func messages() throws {
        let range = try CommandRunner.run(["simulate", "--r", "1:2"])
        #expect(range.status == 64)
        #expect(
            range.standardError
                == "rdfit: error: --r: '1:2' is not a number; a range LO:HI goes with --runs N; see 'rdfit simulate --help'\n"
        )
        let three = try CommandRunner.run(["simulate", "--runs", "10", "--speed-up", "1:2:3"])
        #expect(
            three.status == 64
                && three.standardError.hasPrefix("rdfit: error: --speed-up: '1:2:3' is not a value or a range"))
        let part = try CommandRunner.run(["estimate", "Data/computer-vision.csv", "--output-multiplier", "x=1:y"])
        #expect(
            part.status == 64 && part.standardError.hasPrefix("rdfit: error: --output-multiplier: 'y' is not a number"))
    }
}
