import Foundation
import Testing

@testable import RDFit

/// A request resolved against a table: settings in, a validated specification out, and every
/// refusal a ``SpecificationError`` naming its ``Setting`` in the library's vocabulary.
@Suite("ReturnsRequest")
struct ReturnsRequestTests {
    static let csv =
        "year,papers,compute,quality\n2015,10,1,1\n2016,14,2,1.5\n2017,20,4,2.4\n2018,27,8,3.5\n2019,40,16,5.5\n"

    static func table() throws -> DataTable { try DataTable.parse(bytes: Array(csv.utf8)) }

    /// The request with `output` as the level series.
    static func request(_ change: (inout ReturnsRequest) -> Void = { _ in }) -> ReturnsRequest {
        var request = ReturnsRequest()
        request.output = "quality"
        change(&request)
        return request
    }

    /// The setting and message of the error `body` throws.
    static func refusal(_ body: () throws -> Void) -> SpecificationError? {
        do {
            try body()
            return nil
        } catch let error as SpecificationError {
            return error
        } catch {
            return nil
        }
    }

    @Test("defaults: every column but year and the output is an input, equal weights, pairs, the drawn seed")
    func defaults() throws {
        let plan = try Self.request().plan(table: try Self.table(), drawnSeed: 99)
        guard case let .steadyState(spec) = plan.specification else {
            Issue.record("not steady-state")
            return
        }
        #expect(plan.inputNames == ["papers", "compute"])
        #expect(spec.weights.central == [0.5, 0.5])
        #expect(spec.bootstrap.scheme == .pairs && spec.bootstrap.replicates == 2000)
        #expect(plan.seed == 99 && plan.seedWasDrawn)
        #expect(plan.growthMethod == .leastSquares)
        #expect(plan.output == .series(name: "quality"))
    }

    @Test("a stated weight is resolved by column; a weight on a column that is not an input is refused")
    func weights() throws {
        let triangular = InputWeight.triangular(low: 0.59, mode: 0.67, high: 0.75)
        let plan = try Self.request {
            $0.weights = [InputWeightAssignment(column: "compute", weight: triangular)]
            $0.seed = 3
        }.plan(table: try Self.table())
        #expect(plan.weights == ["compute": triangular] && !plan.seedWasDrawn)
        let refused = Self.refusal {
            _ = try Self.request {
                $0.inputs = ["papers"]
                $0.weights = [InputWeightAssignment(column: "compute", weight: .fixed(0.5))]
            }.plan(table: try Self.table())
        }
        #expect(refused?.setting == .weight && refused?.message == "'compute' is not an input (inputs: papers)")
        let twice = Self.refusal {
            _ = try Self.request {
                $0.weights = [
                    InputWeightAssignment(column: "compute", weight: .fixed(0.5)),
                    InputWeightAssignment(column: "compute", weight: .fixed(0.4)),
                ]
            }.plan(table: try Self.table())
        }
        #expect(twice?.message == "'compute' has two weights; give one")
    }

    @Test("jones-ols defaults to moving blocks of the window")
    func jones() throws {
        let plan = try Self.request {
            $0.method = .jonesOLS
            $0.window = 2
        }.plan(table: try Self.table())
        guard case let .jones(spec) = plan.specification else {
            Issue.record("not jones")
            return
        }
        #expect(spec.bootstrap.scheme == .movingBlock(length: 2) && spec.window == 2)
        #expect(plan.growthMethod == nil)
    }

    @Test("messages mention settings, never a front end's spelling")
    func mentions() throws {
        let none = Self.refusal { _ = try ReturnsRequest().outputGrowth() }
        #expect(none?.setting == .output)
        #expect(none?.message.contains("`doublingTime` MONTHS") == true && none?.message.contains("--") == false)
        let two = Self.refusal { _ = try Self.request { $0.doublingTime = 6 }.outputGrowth() }
        #expect(
            two?.setting == .doublingTime
                && two?.message == "give one output: `output` and `doublingTime` were both given")
        let window = Self.refusal { _ = try Self.request { $0.window = 3 }.plan(table: try Self.table()) }
        #expect(window?.setting == .window && window?.message == "goes with `method` jones-ols")
    }

    @Test("settings a method does not read are refused, the first stated in a fixed order")
    func refusals() throws {
        let bayes = Self.refusal {
            _ = try ReturnsRequest.bayesRequest { $0.replicates = 10 }.plan(table: try Self.table())
        }
        #expect(bayes?.setting == .replicates)
        let growth = Self.refusal {
            _ = try ReturnsRequest.bayesRequest { $0.growthMethod = .leastSquares }.plan(table: try Self.table())
        }
        #expect(growth?.setting == .growthMethod)
        let chains = Self.refusal { _ = try Self.request { $0.chains = 2 }.plan(table: try Self.table()) }
        #expect(chains?.setting == .chains)
        let series = Self.refusal { _ = try Self.request { $0.method = .mle }.plan(table: try Self.table()) }
        #expect(series?.setting == .method)
        #expect(
            Self.request {
                $0.draws = 5; $0.inputs = ["papers"]
            }.statedSettings == [.input, .output, .draws])
    }

    @Test("limits, block lengths and years are checked with the value in the message")
    func limits() throws {
        let window = Self.refusal { _ = try Self.request { $0.window = 0 }.plan(table: try Self.table()) }
        #expect(window?.message == "the window must be from 1 to 1000 observations (got 0)")
        let block = Self.refusal { _ = try Self.request { $0.blockLength = 2 }.plan(table: try Self.table()) }
        #expect(
            block?.setting == .blockLength
                && block?.message == "a block length goes with `resamplingScheme` block or stationary")
        let years = Self.refusal { _ = try Self.request { $0.years = 2030...2040 }.plan(table: try Self.table()) }
        #expect(years?.setting == .years && years?.message.hasPrefix("no rows have years from 2030 to 2040;") == true)
    }

    @Test("the Bayesian endpoint plan takes the sampler settings and the stated output factor")
    func bayesEndpoint() throws {
        let plan = try ReturnsRequest.bayesRequest { $0.chains = 2 }.plan(table: try Self.table(), drawnSeed: 4)
        guard case let .bayesEndpoint(spec) = plan.specification else {
            Issue.record("not bayes-endpoint")
            return
        }
        #expect(spec.sampler.chains == 2 && spec.sampler.seed == 4 && spec.horizon == 4)
    }

    @Test("series plans: mle holds out 0.2 by default; bayes-series takes its own sampler defaults")
    func series() throws {
        let rows = (0..<10).map { "\(2010 + $0),\(10 + $0),\(pow(1.3, Double($0)))" }
        let table = try DataTable.parse(bytes: Array(("year,papers,quality\n" + rows.joined(separator: "\n")).utf8))
        let mle = try Self.request { $0.method = .mle }.seriesPlan(table: table)
        #expect(mle.method == .mle && mle.specification?.holdOutShare == 0.8 && mle.data.inputName == "papers")
        let posterior = try Self.request { $0.method = .bayesSeries }.seriesPlan(table: table)
        #expect(posterior.posterior?.sampler.chains == SeriesPosteriorSpecification.defaultSampler.chains)
        let foreign = Self.refusal {
            _ = try Self.request {
                $0.method = .mle; $0.window = 2
            }.seriesPlan(table: table)
        }
        #expect(foreign?.setting == .window && foreign?.message.hasPrefix("does not go with `method` mle") == true)
        let two = Self.refusal { _ = try Self.request { $0.method = .mle }.seriesPlan(table: try Self.table()) }
        #expect(two?.setting == .input)
    }
}

extension ReturnsRequest {
    /// A Bayesian single-endpoint request: a growth factor of 4 over 4 years, endpoint growth.
    static func bayesRequest(_ change: (inout ReturnsRequest) -> Void = { _ in }) -> ReturnsRequest {
        var request = ReturnsRequest()
        request.method = .bayesEndpoint
        request.growthFactor = 4
        request.growthHorizon = 4
        request.inputs = ["papers"]
        request.draws = 200
        request.warmUp = 200
        change(&request)
        return request
    }
}
