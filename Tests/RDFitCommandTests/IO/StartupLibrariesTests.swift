import Foundation
import Testing

/// What the executable loads at start-up (issue 13): neither Foundation with its ICU data nor
/// LAPACK/OpenBLAS, which a short run does not need; LAPACK arrives with the first
/// regression larger than a straight line (the Jones regression).
/// The dynamic loader's own report (`LD_DEBUG=libs`) names every library it initialises.
@Suite("start-up libraries")
struct StartupLibrariesTests {
    static func initialisedLibraries(_ arguments: [String]) throws -> [String] {
        let outcome = try CommandRunner.run(arguments, environment: ["LD_DEBUG": "libs"])
        #expect(outcome.status == 0)
        return outcome.standardError.split(separator: "\n").filter { $0.contains("calling init:") }.map(String.init)
    }

    @Test("rdfit --version loads neither Foundation's ICU nor LAPACK")
    func versionLoadsLittle() throws {
        let libraries = try Self.initialisedLibraries(["--version"])
        #expect(!libraries.isEmpty, "LD_DEBUG=libs reported nothing")
        for name in [
            "libFoundation.so", "lib_FoundationICU", "libFoundationInternationalization", "lapack", "openblas",
        ] {
            #expect(!libraries.contains { $0.contains(name) }, "\(name) was loaded at start-up")
        }
    }

    @Test("LAPACK is loaded for the Jones regression, and not for a growth-rate fit (least squares or endpoints)")
    func lapackOnDemand() throws {
        let options = ["--replicates", "100", "--seed", "1", "--format", "json"]
        let jones = try Self.initialisedLibraries(
            ["estimate", "Tests/Fixtures/good/jones.csv", "--output", "quality", "--method", "jones-ols"] + options)
        #expect(jones.contains { $0.contains("lapack") })
        for growth in ["least-squares", "endpoints"] {
            let steadyState = try Self.initialisedLibraries(
                ["estimate", "Data/sat-solvers.csv", "--growth", growth] + options)
            #expect(!steadyState.contains { $0.contains("lapack") }, "\(growth) growth loaded LAPACK")
        }
    }
}
