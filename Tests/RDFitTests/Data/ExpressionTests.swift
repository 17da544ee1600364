import Foundation
import Testing

@testable import RDFit

/// ArithmeticExpression and NearestName.
@Suite struct ExpressionTests {
    @Test(arguments: [
        ("2^(120/9)", 10321.273240738805), ("9", 9.0), ("2^(21/2)", 1448.1546878700494),
        ("2^(60/11)", 43.85123151104395),
        ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("2^3^2", 512), ("-2^2", -4), ("2^-1", 0.5), ("--3", 3),
        ("10 / 4 / 5", 0.5), ("1 - 2 - 3", -4), ("1.5e3", 1500), (".5 + 5.", 5.5), ("2 × 3 ÷ 4 − 1", 0.5),
        ("+(4)", 4), ("1e-2*100", 1),
    ])
    func evaluates(text: String, expected: Double) throws {
        let value = try ArithmeticExpression.evaluate(text)
        #expect(abs(value - expected) <= 1e-15 * abs(expected), "\(text) = \(value)")
    }

    @Test func publishedFactorsMatchTheirDefinition() throws {
        #expect(try ArithmeticExpression.evaluate("2^(120/9)") == pow(2.0, 120.0 / 9.0))
        #expect(try ArithmeticExpression.evaluate("2^(21/2)") == pow(2.0, 21.0 / 2.0))
    }

    @Test(arguments: [
        ("", 1, "empty"), ("2^(120/9", 9, "never closed"), ("2 +", 4, "expression ends"), ("2 3", 3, "unexpected '3'"),
        ("1/0", 2, "division by zero"), ("abc", 1, "found 'a'"), ("2**3", 3, "found '*'"),
        ("(-8)^0.5", 5, "not a real number"),
        ("10^400", 1, "not finite"), (")", 1, "found ')'"), ("(1 2)", 4, "expected ')'"),
    ])
    func reportsPosition(text: String, position: Int, word: String) {
        do {
            let value = try ArithmeticExpression.evaluate(text)
            Issue.record("'\(text)' evaluated to \(value)")
        } catch let error as ArithmeticExpression.SyntaxError {
            #expect(error.position == position, "\(error)")
            #expect(error.message.contains(word), "\(error)")
            #expect(error.description.contains("at character \(position)"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func nearestName() {
        let names = ["year", "papers", "compute"]
        #expect(NearestName.suggestion(for: "paprs", among: names) == "papers")
        #expect(NearestName.suggestion(for: "PAPERZ", among: names) == "papers")
        #expect(NearestName.suggestion(for: "compte", among: names) == "compute")
        #expect(NearestName.suggestion(for: "yaer", among: names) == "year")
        #expect(NearestName.suggestion(for: "gdp", among: names) == nil)
        #expect(NearestName.suggestion(for: "x", among: ["y"]) == nil)
        #expect(NearestName.suggestion(for: "anything", among: []) == nil)
        #expect(NearestName.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(NearestName.editDistance(Array("yaer"), Array("year")) == 1)
        #expect(NearestName.editDistance(Array("ca"), Array("abc")) == 3)
    }
}
