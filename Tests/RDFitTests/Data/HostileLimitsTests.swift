import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit

/// Issue 12: library settings that used to trap (stack overflow, integer overflow) are typed errors
/// or finite results.
@Suite("hostile input: library limits")
struct HostileLimitsTests {
    @Test(
        "deep nesting is a syntax error, not a stack overflow",
        arguments: [
            String(repeating: "(", count: 20_000) + "9" + String(repeating: ")", count: 20_000),
            String(repeating: "-", count: 20_000) + "9",
            Array(repeating: "1", count: 20_000).joined(separator: "^"),
            String(repeating: "(", count: 101) + "9" + String(repeating: ")", count: 101),
        ])
    func deepExpression(_ text: String) {
        #expect(throws: ArithmeticExpression.SyntaxError.self) { try ArithmeticExpression.evaluate(text) }
        do { _ = try ArithmeticExpression.evaluate(text) } catch let error as ArithmeticExpression.SyntaxError {
            #expect(error.message.contains("nests more than \(ArithmeticExpression.maximumDepth) deep"))
        } catch { Issue.record("\(error)") }
    }

    @Test("nesting up to the limit still evaluates")
    func nestingWithinLimit() throws {
        let depth = ArithmeticExpression.maximumDepth - 1
        let text = String(repeating: "(", count: depth) + "9" + String(repeating: ")", count: depth)
        #expect(try ArithmeticExpression.evaluate(text) == 9)
        #expect(try ArithmeticExpression.evaluate("2^3^2") == 512)
        #expect(try ArithmeticExpression.evaluate("--2") == 2)
    }

    @Test("warm-up is capped per chain and over all chains")
    func warmUpCap() {
        let inputs = (0..<10).map { 100 * pow(1.5, Double($0)) }
        func option(_ body: () throws -> BayesSingleEndpointSpecification) -> String? {
            do { _ = try body(); return nil } catch let error as SpecificationError {
                return error.setting.rawValue
            } catch { return "\(error)" }
        }
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: 8,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(warmUp: Int.max))
            }
                == Setting.warmUp.rawValue)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: 8,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(
                        warmUp: BayesSingleEndpointSpecification.maximumWarmUp + 1))
            } == Setting.warmUp.rawValue)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: 8,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(chains: 1000, warmUp: 1_000_000))
            }
                == Setting.warmUp.rawValue)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: 8,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(chains: 1, warmUp: 1_000_000))
            } == nil)
        #expect(
            option {
                try .init(
                    inputs: inputs, horizon: 10, outputFactor: 8,
                    sampler: BayesSingleEndpointSpecification.defaultSampler.changed(intervalLevel: 1.5))
            }
                == Setting.level.rawValue)
    }

    @Test("a Newey–West lag of Int.max gives finite standard errors")
    func hugeLag() throws {
        let x = (0..<12).map(Double.init)
        var design = Matrix(rows: 12, columns: 2)
        for t in 0..<12 { design[t, 0] = 1; design[t, 1] = x[t] }
        let fit = try LeastSquares.fit(design: design, response: x.map { 2 + 0.5 * $0 + sin($0) })
        let covariance = fit.neweyWestCovariance(lag: Int.max)
        #expect(covariance[0, 0].isFinite && covariance[1, 1].isFinite)
    }
}
