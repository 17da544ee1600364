import Foundation
import Testing

@testable import RDFit

/// The samplers' ziggurat normal generator: its tables close (every box has area v), it equals a
/// plain transcription of Marsaglia & Tsang / Doornik bit for bit, and its draws are standard normal.
@Suite("Ziggurat normal generator")
struct ZigguratNormalTests {
    /// A plain reference: the tables built from scratch, one box test per draw, no shortcuts.
    struct Reference {
        let r = 3.6541528853610088
        let x: [Double]
        let v: Double

        init() {
            func f(_ t: Double) -> Double { exp(-t * t / 2) }
            v = r * f(r) + sqrt(Double.pi / 2) * erfc(r / sqrt(2))
            var widths = [v / f(r), r]
            while widths.count < 256 { widths.append(sqrt(-2 * log(v / widths.last! + f(widths.last!)))) }
            widths.append(0)
            x = widths
        }

        func next(_ rng: inout Xoshiro256StarStar) -> Double {
            func f(_ t: Double) -> Double { exp(-t * t / 2) }
            while true {
                let word = rng.next()
                let i = Int(word % 256)
                let u =
                    Double(Int64(bitPattern: word) / 2048 - (Int64(bitPattern: word) % 2048 < 0 ? 1 : 0))
                    / 4_503_599_627_370_496  // arithmetic shift by 11, then × 2⁻⁵²
                let candidate = u * x[i]
                if abs(u) < x[i + 1] / x[i] { return candidate }
                if i == 0 {
                    while true {
                        let t = -log(rng.nextOpenDouble()) / r
                        let y = -log(rng.nextOpenDouble())
                        if 2 * y > t * t { return u < 0 ? -(r + t) : r + t }
                    }
                }
                let low = exp(-0.5 * (x[i] * x[i] - candidate * candidate))
                let high = exp(-0.5 * (x[i + 1] * x[i + 1] - candidate * candidate))
                if low + rng.nextDouble() * (high - low) < 1 { return candidate }
            }
        }
    }

    @Test("Every box has the same area v, the top one included, and the widths fall from r to 0")
    func tablesClose() {
        let x = ZigguratNormal.widths, v = ZigguratNormal.boxArea
        #expect(x.count == 257 && x[1] == ZigguratNormal.tailStart && x[256] == 0)
        for i in 1..<256 { #expect(x[i + 1] < x[i]) }
        // The recursion fixes boxes 1...254; box 255 (from f(x_255) to f(0) = 1) closes only if r is right.
        let top = x[255] * (1 - exp(-x[255] * x[255] / 2))
        #expect(abs(top - v) < 1e-9 * v, "top box area \(top) against v = \(v)")
        #expect(abs(v - 0.00492867323399) < 1e-13)
    }

    @Test("The generator equals the plain reference bit for bit", arguments: [1, 2024] as [UInt64])
    func matchesReference(seed: UInt64) {
        let reference = Reference()
        #expect(reference.x == ZigguratNormal.widths)
        var a = Xoshiro256StarStar(seed: seed, stream: 3)
        var b = a
        for _ in 0..<200_000 {
            let fast = a.nextZigguratNormal()
            let plain = reference.next(&b)
            guard fast.bitPattern == plain.bitPattern else {
                Issue.record("\(fast) against \(plain)")
                return
            }
        }
        #expect(a == b)
    }

    @Test("A draw accepted by the rectangle test is u·x_i of one word: box from bits 0–7, u from bits 11–63")
    func pinnedDraws() {
        var rng = Xoshiro256StarStar(seed: 42, stream: 0)
        let draws = (0..<4).map { _ in rng.nextZigguratNormal() }
        var replay = Xoshiro256StarStar(seed: 42, stream: 0)
        for draw in draws {
            let word = replay.next()
            // Each of these first draws is accepted at once (the rectangle test), from one word.
            #expect(draw == Double(Int64(bitPattern: word) >> 11) * 0x1.0p-52 * ZigguratNormal.widths[Int(word & 0xFF)])
        }
    }

    @Test("Draws are standard normal: moments, the CDF at fixed points and the tail beyond r")
    func distribution() {
        var rng = Xoshiro256StarStar(seed: 9, stream: 0)
        let n = 1_000_000
        var sum = 0.0, squares = 0.0, fourth = 0.0, beyondTail = 0
        let points: [Double] = [-2.5, -1.5, -0.5, 0, 0.3, 1, 2, 3]
        var below = [Int](repeating: 0, count: points.count)
        for _ in 0..<n {
            let z = rng.nextZigguratNormal()
            sum += z
            squares += z * z
            fourth += z * z * z * z
            if abs(z) > ZigguratNormal.tailStart { beyondTail += 1 }
            for (k, p) in points.enumerated() where z <= p { below[k] += 1 }
        }
        let count = Double(n)
        #expect(abs(sum / count) < 5 / count.squareRoot())
        #expect(abs(squares / count - 1) < 5 * 2.0.squareRoot() / count.squareRoot())
        #expect(abs(fourth / count - 3) < 5 * 96.0.squareRoot() / count.squareRoot())
        for (k, p) in points.enumerated() {
            let expected = NormalDistribution.standardCDF(p)
            let se = (expected * (1 - expected) / count).squareRoot()
            #expect(abs(Double(below[k]) / count - expected) < 5 * se, "P(Z ≤ \(p))")
        }
        let tail = 2 * NormalDistribution.standardCDF(-ZigguratNormal.tailStart)
        #expect(abs(Double(beyondTail) - tail * count) < 5 * (tail * count).squareRoot() + 1)
    }
}
