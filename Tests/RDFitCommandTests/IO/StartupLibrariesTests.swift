import Foundation
import Testing

/// What the executable loads at start-up (issue 13): neither Foundation with its ICU data nor
/// LAPACK/OpenBLAS, which a short run does not need; LAPACK arrives with the first least-squares fit.
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

    @Test("LAPACK is loaded when a least-squares growth fit needs it, and not for endpoint growth")
    func lapackOnDemand() throws {
        let base = ["estimate", "Data/sat-solvers.csv", "--replicates", "100", "--seed", "1", "--format", "json"]
        let leastSquares = try Self.initialisedLibraries(base + ["--growth", "least-squares"])
        #expect(leastSquares.contains { $0.contains("lapack") })
        let endpoints = try Self.initialisedLibraries(base + ["--growth", "endpoints"])
        #expect(!endpoints.contains { $0.contains("lapack") })
    }
}
