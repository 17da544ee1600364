import Foundation
import RDFit
import Testing

@testable import RDFitReporting

/// The verdict on r > 1 (issue 9, point 3): withheld when r is not identified, about the adjusted
/// r when there are adjustments, softened beside degeneracy warnings, never rounding a share of
/// draws to certainty.
@Suite("Verdict")
struct VerdictTests {
    static func summary(_ estimate: Double, _ lower: Double, _ upper: Double, p: Double) -> ReturnsSummary {
        ReturnsSummary(estimate: estimate, lower: lower, upper: upper, level: 0.9, probabilityAboveOne: p)
    }
    static func adjusted(name: String, _ r: ReturnsSummary) -> AdjustedReturnsSummary {
        AdjustedReturnsSummary(
            name: name, summary: name, adjustments: [], centralFactor: nil, effectiveInputGrowthRate: nil, r: r,
            draws: Draws(kind: .parametricDraws, estimate: r.estimate, values: [0.5, 0.7, 0.9], seed: 1))
    }

    @Test("no verdict when r is not identified")
    func withheld() {
        #expect(EstimateReport.verdict(Self.summary(0.7, 0.4, 0.9, p: 0), identified: false) == nil)
        #expect(EstimateReport.verdict(Self.summary(.nan, .nan, .nan, p: 0)) == nil)
        let unidentifiedAdjusted = Self.adjusted(name: "all", Self.summary(0.7, -0.1, 0.9, p: 0.1))
        #expect(
            EstimateReport.verdict(Self.summary(1.5, 1.2, 1.8, p: 1), adjusted: [unidentifiedAdjusted]) == nil)
    }

    @Test("with adjustments the verdict is about the combined adjusted r, named as such")
    func namesAdjusted() throws {
        let single = Self.adjusted(name: "compute-share", Self.summary(0.9, 0.6, 1.2, p: 0.3))
        let combined = Self.adjusted(name: "all", Self.summary(0.717, 0.5, 0.95, p: 0.11))
        let verdict = try #require(
            EstimateReport.verdict(Self.summary(1.6, 1.2, 2, p: 0.99), adjusted: [single, combined]))
        #expect(verdict.hasPrefix("With all adjustments (adjusted r = 0.717), r is below 1 at the 90% level"))
        #expect(!verdict.contains("accelerate"))
        let one = try #require(EstimateReport.verdict(Self.summary(1.6, 1.2, 2, p: 0.99), adjusted: [single]))
        #expect(one.hasPrefix("With the compute-share adjustment (adjusted r = 0.900), the 90% interval contains 1"))
    }

    @Test("degeneracy warnings soften the verdict; notes do not")
    func softened() throws {
        let r = Self.summary(0.5, 0.3, 0.8, p: 0)
        let degenerate = Diagnostic(code: .degenerateReplicates, message: "every replicate the same")
        let note = Diagnostic(code: .failedReplicates, severity: .note, message: "3 of 2000 failed")
        let soft = try #require(EstimateReport.verdict(r, diagnostics: [degenerate]))
        #expect(soft.hasSuffix(", but see the warnings in the diagnostics."))
        let plain = try #require(EstimateReport.verdict(r, diagnostics: [note]))
        #expect(plain.hasSuffix("would fizzle."))
    }

    @Test("a share strictly between 0 and 1 is never printed as 0% or 100%")
    func shares() throws {
        #expect(NumberFormatting.drawShare(0.997) == "99.7%")
        #expect(NumberFormatting.drawShare(0.9999) == ">99.9%")
        #expect(NumberFormatting.drawShare(0.003) == "0.3%")
        #expect(NumberFormatting.drawShare(1) == "100%")
        #expect(NumberFormatting.drawShare(0.84) == "84%")
        #expect(NumberFormatting.probability(0.997) == "0.997")
        #expect(NumberFormatting.probability(0.0004) == "<0.001")
        #expect(NumberFormatting.probability(0) == "0.00")
        let verdict = try #require(EstimateReport.verdict(Self.summary(1.6, 1.2, 2, p: 0.997)))
        #expect(verdict.contains("r > 1 in 99.7% of draws"))
    }
}
