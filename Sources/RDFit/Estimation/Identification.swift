#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Whether an estimate identifies r well enough to say which side of 1 it is on.
///
/// r = λ/β is not identified when λ̂ ≤ 0 or β̂ ≤ 0 (the law of motion's exponents have the wrong
/// sign), when the point estimate is undefined, when more than ``maximumFailedShare`` of the
/// replicates (or draws) failed (the interval is then formed from a selected minority), or when the
/// interval for r reaches below 0 (it then spans signs of r that the model reads as different
/// worlds). Each estimate then carries one ``Diagnostic/Code/rNotIdentified`` warning naming every
/// reason, and reports give no verdict on r > 1.
public enum Identification {
    /// The largest share of failed replicates (or draws) that still identifies r.
    public static let maximumFailedShare = 0.05

    /// The reasons r is not identified, in words; empty when it is.
    /// - Parameters:
    ///   - r: r with its interval.
    ///   - lambda: λ, where the method estimates it.
    ///   - beta: β, where the method estimates it.
    ///   - draws: the draws behind the interval.
    public static func reasons(
        r: ReturnsSummary, lambda: ParameterSummary?, beta: ParameterSummary?, draws: Draws?
    ) -> [String] {
        func number(_ x: Double) -> String { CFormat.string("%.3g", x) }
        var reasons: [String] = []
        if let lambda, !(lambda.estimate > 0) { reasons.append("λ̂ = \(number(lambda.estimate)) ≤ 0") }
        if let beta, !(beta.estimate > 0) { reasons.append("β̂ = \(number(beta.estimate)) ≤ 0") }
        if !r.estimate.isFinite { reasons.append("the point estimate of r is undefined") }
        if let draws, !draws.values.isEmpty {
            let failed = draws.values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
            let share = Double(failed) / Double(draws.values.count)
            if share > maximumFailedShare {
                let noun = draws.kind == .bootstrapReplicates ? "replicates" : "draws"
                reasons.append(
                    "\(failed) of \(draws.values.count) \(noun) failed (\(CFormat.string("%.1f", share * 100))%, more than \(Int(maximumFailedShare * 100))%)"
                )
            }
        }
        if r.lower < 0 {
            reasons.append(
                "the \(Int((r.level * 100).rounded()))% interval for r reaches below 0 (lower end \(number(r.lower)))")
        }
        return reasons
    }

    /// The ``Diagnostic/Code/rNotIdentified`` warning, or nil when r is identified; see
    /// ``reasons(r:lambda:beta:draws:)``.
    public static func diagnostic(
        r: ReturnsSummary, lambda: ParameterSummary?, beta: ParameterSummary?, draws: Draws?
    ) -> Diagnostic? {
        let reasons = reasons(r: r, lambda: lambda, beta: beta, draws: draws)
        guard !reasons.isEmpty else { return nil }
        return Diagnostic(
            code: .rNotIdentified,
            message:
                "r is not identified here (\(reasons.joined(separator: "; "))), so no verdict is given on whether it exceeds 1"
        )
    }

    /// `diagnostics` with the identification warning appended when r is not identified and it is
    /// not there already.
    static func adding(
        to diagnostics: [Diagnostic], r: ReturnsSummary, lambda: ParameterSummary?, beta: ParameterSummary?,
        draws: Draws?
    ) -> [Diagnostic] {
        guard !diagnostics.contains(where: { $0.code == .rNotIdentified }),
            let warning = diagnostic(r: r, lambda: lambda, beta: beta, draws: draws)
        else { return diagnostics }
        return diagnostics + [warning]
    }
}
