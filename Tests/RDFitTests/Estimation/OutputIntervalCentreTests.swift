import Foundation
import Testing

@testable import RDFit

/// One centre for an output interval (issue 9, point 2): the point estimate uses the stated value,
/// and the draws are the two-piece lognormal with that value as median and the interval's ends as
/// its quantiles.
@Suite("Output interval: one centre")
struct OutputIntervalCentreTests {
    static func draws(_ output: OutputGrowth, count: Int = 40_000, seed: UInt64 = 7) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in output.drawRate(using: &generator)! }
    }

    @Test("the draws of g_A have the stated value's rate as median, not the interval's geometric midpoint")
    func drawsCentreOnStatedValue() throws {
        // Computer vision: 9 months, 95% range 4–25; √(4·25) = 10 months would give ln2/(10/12).
        let output = OutputGrowth.doublingTime(
            months: 9, interval: try QuantityInterval(lower: 4, upper: 25, level: 0.95))
        let sorted = Self.draws(output).sorted()
        let median = Quantile.sorted(sorted, 0.5)
        let stated = output.centralRate!
        let midpoint = output.rate(fromQuantity: 10)
        // Monte-Carlo error of the median of 40,000 draws is about 0.5% here; the midpoint is 11% away.
        #expect(abs(median / stated - 1) < 0.02, "median \(median), stated \(stated)")
        #expect(abs(median / midpoint - 1) > 0.05)
    }

    @Test("the interval's ends stay the draws' quantiles at (1 ∓ level)/2")
    func endsAreQuantiles() throws {
        let interval = try QuantityInterval(lower: 2, upper: 5, level: 0.9)
        var generator = Xoshiro256StarStar(seed: 11)
        let values = (0..<40_000).map { _ in interval.draw(median: 3, using: &generator) }
        let below = Double(values.filter { $0 < 2 }.count) / Double(values.count)
        let above = Double(values.filter { $0 > 5 }.count) / Double(values.count)
        let underMedian = Double(values.filter { $0 < 3 }.count) / Double(values.count)
        #expect(abs(below - 0.05) < 0.006)
        #expect(abs(above - 0.05) < 0.006)
        #expect(abs(underMedian - 0.5) < 0.01)
    }

    @Test("at the geometric midpoint the two-piece draws are the lognormal's, draw for draw")
    func midpointMatchesLognormal() throws {
        let interval = try QuantityInterval(lower: 4, upper: 25, level: 0.95)
        var a = Xoshiro256StarStar(seed: 5), b = Xoshiro256StarStar(seed: 5)
        for _ in 0..<1000 {
            let x = interval.draw(median: 10, using: &a), y = interval.draw(using: &b)
            #expect(abs(x / y - 1) < 1e-12)
        }
    }

    @Test("a stated value outside its own interval is refused, naming the interval", arguments: [3.0, 30.0])
    func statedOutsideIntervalRefused(months: Double) throws {
        let output = OutputGrowth.doublingTime(
            months: months, interval: try QuantityInterval(lower: 4, upper: 25, level: 0.95))
        #expect {
            try output.validate()
        } throws: { error in
            (error as? SpecificationError)?.setting == .interval && "\(error)".contains("outside its own interval")
        }
        try OutputGrowth.doublingTime(months: 4, interval: try QuantityInterval(lower: 4, upper: 25, level: 0.95))
            .validate()
    }
}
