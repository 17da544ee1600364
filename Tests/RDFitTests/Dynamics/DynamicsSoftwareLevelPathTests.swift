import Foundation
import Testing

@testable import RDFit

@Suite("Software level path (Figure 9)")
struct DynamicsSoftwareLevelPathTests {
    @Test("Figure 9, r = 1 (orange line): steady doubling every month, 2¹² after a year")
    func exponentialYear() throws {
        let path = try SoftwareLevelPathSpecification(r: 1, firstDoublingMonths: 1).compute()
        #expect(path.points.first!.months == 0 && path.points.first!.level == 1)
        let last = path.points.last!
        #expect(last.months == 12)
        #expect(abs(last.doublings - 12) <= 1e-9)
        for point in path.points {
            #expect(abs(point.doublings - point.months) <= 1e-9)
        }
        #expect(path.capReachedAtMonths == nil)
    }

    @Test("Figure 9, r = 0.7 (fizzle): level 32 at ~9.9 months, between 32 and 64 at a year")
    func fizzleYear() throws {
        let path = try SoftwareLevelPathSpecification(r: 0.7, firstDoublingMonths: 1).compute()
        let fifth = try DoublingSequenceSpecification(r: 0.7, firstDoublingMonths: 1, extent: .doublings(5)).compute()
            .doublings[4]
        let knot = try #require(path.points.first { abs($0.months - fifth.cumulativeMonths) <= 1e-9 })
        #expect(abs(knot.level - 32) <= 1e-9)
        let last = path.points.last!
        #expect(last.level > 32 && last.level < 64)
        #expect(
            zip(path.points, path.points.dropFirst()).allSatisfy {
                $0.months < $1.months && $0.doublings <= $1.doublings
            })
    }

    @Test("Figure 9, r = 3 (SIE): the path hits the cap before the finite-time limit of ~2.7 months")
    func explosionCapped() throws {
        let path = try SoftwareLevelPathSpecification(r: 3, firstDoublingMonths: 1, maximumDoublings: 30).compute()
        let limit = try #require(path.finiteTimeLimitMonths)
        let cap = try #require(path.capReachedAtMonths)
        #expect(cap < limit)
        #expect(abs(limit - 1 / (1 - pow(2, -2.0 / 3))) <= 1e-12)
        #expect(path.points.last!.months == cap)
        #expect(path.points.last!.doublings == 30)
        #expect(path.points.allSatisfy { $0.level.isFinite && $0.months <= cap })
        #expect(path.diagnostics.contains { $0.code == .levelCapped })
    }

    @Test(
        "Piecewise log-linear and continuous paths agree at every doubling and differ little between",
        arguments: [0.5, 0.7, 1.5])
    func interpolations(r: Double) throws {
        let piecewise = try SoftwareLevelPathSpecification(r: r, firstDoublingMonths: 1, intervals: 120).compute()
        let smooth = try SoftwareLevelPathSpecification(
            r: r, firstDoublingMonths: 1, intervals: 120, interpolation: .continuous
        ).compute()
        #expect(piecewise.points.map(\.months) == smooth.points.map(\.months))
        for (a, b) in zip(piecewise.points, smooth.points) {
            #expect(abs(a.doublings - b.doublings) < 0.1)
            if abs(a.doublings.rounded() - a.doublings) < 1e-9 {
                #expect(abs(a.doublings - b.doublings) <= 1e-6)
            }
        }
    }

    @Test("Invalid grid settings name their options")
    func invalid() {
        #expect(throws: SpecificationError.self) {
            try SoftwareLevelPathSpecification(r: 1, firstDoublingMonths: 1, intervals: 0)
        }
        #expect(throws: SpecificationError.self) {
            try SoftwareLevelPathSpecification(r: 1, firstDoublingMonths: 1, maximumDoublings: -1)
        }
        #expect(throws: SpecificationError.self) {
            try SoftwareLevelPathSpecification(r: 1, firstDoublingMonths: 1, horizonMonths: 0)
        }
    }
}
