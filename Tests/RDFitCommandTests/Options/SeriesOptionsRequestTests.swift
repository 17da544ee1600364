import Foundation
import Testing

@testable import RDFit
@testable import RDFitCommand

/// `--method mle` options → series data and specification, without running a fit.
@Suite("EstimateOptions.request for the series methods")
struct SeriesOptionsRequestTests {
    /// Ten yearly rows: nine transitions, one more than the minimum.
    static let csv =
        "year,quality,effort\n"
        + (0..<10).map { "\(2010 + $0),\(pow(1.3, Double($0))),\(10 + $0)" }.joined(separator: "\n")
        + "\n"

    func plan(_ arguments: [String], csv: String = csv) throws -> SeriesReturnsPlan {
        let table = try DataTable.parse(bytes: Array(csv.utf8))
        return try EstimateOptions.parse(arguments).request.seriesPlan(table: table, threads: 1, drawnSeed: 99)
    }

    @Test("the new options parse: --method mle, --noise, --input-kind, --holdout")
    func parsesOptions() throws {
        let options = try EstimateOptions.parse([
            "--method", "mle", "--noise", "stable", "--input-kind", "cumulative", "--holdout", "0.25",
        ])
        #expect(options.method == .mle)
        #expect(options.noise == .stable)
        #expect(options.inputKind == .cumulative)
        #expect(options.holdout == 0.25)
        #expect(throws: (any Error).self) { try EstimateOptions.parse(["--noise", "cauchy"]) }
    }

    @Test("defaults: Gaussian noise, flow input, 20% held out, no bootstrap, drawn seed")
    func defaults() throws {
        let p = try plan(["--method", "mle", "--output", "quality"])
        #expect(p.specification?.noise == .gaussian)
        #expect(p.data.inputKind == .flow)
        #expect(p.data.inputName == "effort")
        #expect(p.data.transitionCount == 9)
        #expect(p.specification?.holdOutShare == 0.8)
        #expect(p.specification?.transitionBootstrapReplicates == 0)
        #expect(p.seed == 99 && p.seedWasDrawn)
    }

    @Test("options reach the specification; --holdout 0 skips the hold-out")
    func optionsReachSpecification() throws {
        let p = try plan([
            "--method", "mle", "--output", "quality", "--input", "effort", "--noise", "stable", "--input-kind",
            "cumulative", "--holdout", "0", "--replicates", "7", "--level", "0.8", "--seed", "5",
        ])
        #expect(p.specification?.noise == .stable)
        #expect(p.data.inputKind == .cumulative)
        #expect(p.specification?.holdOutShare == nil)
        #expect(p.specification?.transitionBootstrapReplicates == 7)
        #expect(p.specification?.level == 0.8)
        #expect(p.seed == 5 && !p.seedWasDrawn)
    }

    @Test("options of other estimators, and mle options elsewhere, are usage errors naming the setting")
    func foreignOptions() throws {
        #expect(throws: SpecificationError.self) {
            try plan(["--method", "mle", "--output", "quality", "--window", "5"])
        }
        #expect(throws: SpecificationError.self) {
            try plan(["--method", "mle", "--output", "quality", "--holdout", "1"])
        }
        #expect(throws: SpecificationError.self) { try plan(["--method", "mle"]) }
        let table = try DataTable.parse(bytes: Array(Self.csv.utf8))
        #expect(throws: SpecificationError.self) {
            try EstimateOptions.parse(["--output", "quality", "--noise", "stable"]).request.plan(
                table: table, threads: 1, drawnSeed: 1)
        }
    }

    @Test("too few transitions is a data error")
    func tooFewTransitions() throws {
        let short = "year,quality,effort\n2010,1,1\n2011,2,1\n2012,3,1\n"
        #expect(throws: DataError.self) { try plan(["--method", "mle", "--output", "quality"], csv: short) }
    }

    @Test("bayes-series: the posterior's defaults and options; mle-only options are refused")
    func bayesSeriesPlan() throws {
        let p = try plan(["--method", "bayes-series", "--output", "quality"])
        let posterior = try #require(p.posterior)
        #expect(p.specification == nil && p.method == .bayesSeries)
        #expect(
            posterior.sampler.chains == 4 && posterior.sampler.drawsPerChain == 2500 && posterior.sampler.warmUp == 1500
        )
        #expect(posterior.likelihood == .exact && posterior.sampler.seed == 99)
        let given = try plan([
            "--method", "bayes-series", "--output", "quality", "--chains", "3", "--draws", "300", "--warmup", "200",
            "--likelihood", "published", "--level", "0.8",
        ])
        #expect(given.posterior?.sampler.chains == 3 && given.posterior?.sampler.drawsPerChain == 300)
        #expect(given.posterior?.likelihood == .published && given.posterior?.sampler.intervalLevel == 0.8)
        for extra in [["--noise", "gaussian"], ["--holdout", "0.2"], ["--replicates", "10"]] {
            #expect(throws: SpecificationError.self) {
                try plan(["--method", "bayes-series", "--output", "quality"] + extra)
            }
        }
        #expect(throws: SpecificationError.self) {
            try plan(["--method", "mle", "--output", "quality", "--chains", "2"])
        }
    }

    @Test("a method on the command line does not inherit the file's settings of another method")
    func fileDefaultsOfAnotherMethod() throws {
        let file = try EstimateOptions.parse(["--method", "mle", "--noise", "stable", "--holdout", "0.1"])
        let other = try EstimateOptions.parse(["--method", "bayes-series"]).merged(over: file)
        #expect(other.method == .bayesSeries && other.noise == nil && other.holdout == nil)
        let same = try EstimateOptions.parse(["--seed", "2"]).merged(over: file)
        #expect(same.method == .mle && same.noise == .stable && same.holdout == 0.1)
    }
}
