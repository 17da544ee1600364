import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit

/// Seeded bootstrap replicates of the steady-state estimator pinned to the bit (issue 13): the
/// replicate kernel may be rewritten for speed, but every replicate of a seeded run must stay the
/// same double. Each case pins a checksum over all replicates' bit patterns and the exact bits of
/// the first and last three, recorded from the kernel before it was optimised.
@Suite("Steady-state replicates pinned to the bit")
struct SteadyStateReplicatePinTests {
    /// SAT solvers' unique authors, t = 0..21 (Data/sat-solvers.csv): the 22-row series of the
    /// issue's benchmark job.
    static let satAuthors: [Double] = [
        147, 175, 176, 229, 292, 389, 387, 445, 526, 484, 617, 560, 606, 644, 633, 709, 781, 709, 609, 701, 776, 655,
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let method: GrowthMethod
        let scheme: ResamplingScheme
        let withOutputInterval: Bool
        let twoInputs: Bool
        let outputSeries: Bool
        let checksum: UInt64
        let first: [UInt64]
        let last: [UInt64]
        var testDescription: String { name }
    }

    // The three cases with an output interval were re-pinned when the draws took the stated value
    // as their centre (issue 9, point 2; Docs/CHANGELOG.md, identification); the kernel itself is
    // bit-identical (the same values come from the pre-kernel code with that change).
    static let cases: [Case] = [
        Case(
            name: "22-row least squares, pairs, fixed output", method: .leastSquares, scheme: .pairs,
            withOutputInterval: false, twoInputs: false, outputSeries: false,
            checksum: 0x1D9A6D3F45E3C667,
            first: [0x40149B2C81ADCEA5, 0x4013BC5BAE958C42, 0x401010E3919400D5],
            last: [0x40116AFE9354956D, 0x4013E970857CA32F, 0x4014F20D25BE3B47]),
        Case(
            name: "22-row least squares, pairs, output drawn from its interval", method: .leastSquares,
            scheme: .pairs, withOutputInterval: true, twoInputs: false, outputSeries: false,
            checksum: 0x1C606E0507DA558A,
            first: [0x401CA2C53BBA5B8A, 0x400B49ABB5C78BA7, 0x4012E8E093B03A59],
            last: [0x403775E012F1E89E, 0x402C900DCC85E6BF, 0x402CBFD37675B011]),
        Case(
            name: "22-row least squares, residual scheme", method: .leastSquares, scheme: .residual,
            withOutputInterval: false, twoInputs: false, outputSeries: false,
            checksum: 0x80660D502A5F42CB,
            first: [0x4012A937B32B65E0, 0x4016630672118D96, 0x401285CAFBA1BBFB],
            last: [0x401210BC60E52C4C, 0x4015FC74F95A27AD, 0x4015A650BD2EC699]),
        Case(
            name: "22-row endpoints, pairs", method: .endpoints, scheme: .pairs,
            withOutputInterval: true, twoInputs: false, outputSeries: false,
            checksum: 0xFA53E6876D8BF7C2,
            first: [0x40280588C9B749A5, 0x4006C708516CB24E, 0x4031E0D27F906712],
            last: [0x40233C31FD4688BF, 0x40176E0DF7940678, 0x402B0F7C19F2B8A2]),
        Case(
            name: "two inputs with a weight range, moving blocks", method: .leastSquares,
            scheme: .movingBlock(length: 3), withOutputInterval: true, twoInputs: true, outputSeries: false,
            checksum: 0xB25626EE2F2D3A7D,
            first: [0x400FF91AF96355D1, 0x401570B987A9E2D9, 0x3FF6CA8A5528E613],
            last: [0x401633FF0D70718D, 0x4023A1F862B6FB89, 0x40095926EE7BAB6A]),
        Case(
            name: "output series, stationary blocks", method: .leastSquares, scheme: .stationary(meanLength: 3),
            withOutputInterval: false, twoInputs: false, outputSeries: true,
            checksum: 0x7E2C25FFBD715F4B,
            first: [0x4018D1D4D5EB706B, 0x4018BE25AEB01F7A, 0x401972F967D75E7B],
            last: [0x4017AFB9BF51EAE1, 0x4017D0D871163581, 0x40174FD1CA09E3C7]),
    ]

    static func replicates(_ c: Case, threads: Int) throws -> [Double] {
        let years = (0..<22).map(Double.init)
        let authors = TimeSeries(name: "unique_authors", years: years, values: satAuthors)
        // A second input and an output level series, deterministic and not collinear with the first.
        let compute = TimeSeries(
            name: "compute", years: years, values: years.map { exp(0.3 * $0 + 0.2 * sin(1.7 * $0)) })
        let quality = TimeSeries(
            name: "quality", years: years, values: years.map { exp(0.45 * $0 + 0.1 * cos(2.3 * $0)) })
        let interval = c.withOutputInterval ? try QuantityInterval(lower: 4, upper: 25, level: 0.95) : nil
        let output: OutputGrowth =
            c.outputSeries
            ? .series(name: "quality") : .growthFactor(factor: pow(2, 21.0 / 2), years: 21, interval: interval)
        let spec = try SteadyStateSpecification(
            inputs: c.twoInputs ? [authors, compute] : [authors],
            weights: c.twoInputs ? ["compute": .triangular(low: 0.4, mode: 0.6, high: 0.8)] : [:],
            output: c.withOutputInterval && !c.outputSeries
                ? .doublingTime(months: 9, interval: interval) : output,
            outputSeries: c.outputSeries ? quality : nil, growthMethod: c.method,
            bootstrap: BootstrapSpecification(scheme: c.scheme, replicates: 2000, seed: 20_261_201, threads: threads))
        return try SteadyStateEstimator.estimate(spec).replicates!.values.array
    }

    /// FNV-1a over the 64-bit patterns of the replicates, in order.
    static func checksum(_ values: [Double]) -> UInt64 {
        values.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ $1.bitPattern) &* 0x0000_0100_0000_01B3 }
    }

    @Test("seeded replicates keep their exact bits", arguments: cases)
    func pinned(_ c: Case) throws {
        let values = try Self.replicates(c, threads: 1)
        let first = values.prefix(3).map(\.bitPattern)
        let last = values.suffix(3).map(\.bitPattern)
        let hex = { (bits: [UInt64]) in
            bits.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: ", ")
        }
        #expect(
            Self.checksum(values) == c.checksum,
            "checksum 0x\(String(Self.checksum(values), radix: 16, uppercase: true)) first [\(hex(first))] last [\(hex(last))]"
        )
        #expect(first == c.first)
        #expect(last == c.last)
        #expect(try Self.replicates(c, threads: 2).map(\.bitPattern) == values.map(\.bitPattern))
    }
}
