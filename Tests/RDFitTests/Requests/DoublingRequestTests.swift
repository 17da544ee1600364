import Testing

@testable import RDFit

/// The deterministic dynamics from stated settings: each part computed only when stated, with the
/// documented defaults, and the same values as the specifications built directly.
@Suite("DoublingRequest")
struct DoublingRequestTests {
    @Test("r alone gives the standard sequence from a one-month first doubling; nothing else")
    func sequenceOnly() throws {
        var request = DoublingRequest()
        request.r = 1.5
        let computed = try request.compute()
        let direct = try DoublingSequenceSpecification(
            r: 1.5, firstDoublingMonths: 1, daysPerMonth: DoublingSequenceSpecification.defaultDaysPerMonth,
            extent: .standard(r: 1.5)
        ).compute()
        #expect(computed.sequence == direct && computed.r == 1.5)
        #expect(computed.toyModel == nil && computed.toyModelDoublings.isEmpty)
        #expect(computed.trainingRuns == nil && computed.trainingRunList.isEmpty)
    }

    @Test("days, a horizon and a first doubling in days reach the specification")
    func settings() throws {
        var request = DoublingRequest()
        request.r = 2
        request.firstDoublingDays = 10
        request.daysPerMonth = 30
        request.horizonMonths = 3
        let direct = try DoublingSequenceSpecification(
            r: 2, firstDoublingDays: 10, daysPerMonth: 30, extent: .horizonMonths(3)
        ).compute()
        #expect(try request.compute().sequence == direct)
        request.doublings = 4
        let four = try DoublingSequenceSpecification(
            r: 2, firstDoublingDays: 10, daysPerMonth: 30, extent: .doublings(4))
        #expect(try request.compute().sequence == four.compute())
    }

    @Test("paper growth sets r and the first doubling through the toy model; training runs default to 10")
    func toyModelAndTraining() throws {
        var request = DoublingRequest()
        request.paperGrowth = 4
        request.trainingRunRatio = 0.8
        let computed = try request.compute()
        let scenario = try ToyModelScenario(paperGrowthFactor: 4)
        #expect(computed.r == scenario.r && computed.toyModelDoublings.count == 6)
        #expect(abs((computed.sequence?.specification.firstDoublingMonths ?? 0) - scenario.firstDoublingMonths) < 1e-12)
        #expect(computed.trainingRunList.count == 10)
        #expect(
            computed.trainingRunList == (try TrainingRunSeries(durationRatio: 0.8, firstRunMonths: 2).runs(count: 10)))
    }

    @Test("values the dynamics refuse are specification errors")
    func refuses() throws {
        var request = DoublingRequest()
        request.r = 1.5
        request.daysPerMonth = -1
        #expect(throws: SpecificationError.self) { try request.compute() }
    }
}
