import RDFit

extension EstimateReport {
    /// One sentence answering "is r above 1?", or nil when there is no answer to give: r is not
    /// identified (``Identification``), here or in the adjusted r the verdict is about.
    ///
    /// With adjustments the verdict is about the adjusted r (the combined one when there are
    /// several), named as such; beside a warning of degeneracy (``Diagnostic/signalsDegeneracy``)
    /// it is softened.
    /// - Parameters:
    ///   - r: the unadjusted r.
    ///   - identified: whether the unadjusted r is identified.
    ///   - adjusted: the adjusted r, in report order (the last is the combined one).
    ///   - diagnostics: every diagnostic reported beside r.
    package static func verdict(
        _ r: ReturnsSummary, identified: Bool = true, adjusted: [AdjustedReturnsSummary] = [],
        diagnostics: [Diagnostic] = []
    ) -> String? {
        guard identified, r.estimate.isFinite else { return nil }
        var subject = r
        var prefix = ""
        var allDiagnostics = diagnostics
        if let chosen = adjusted.last {
            // A CES research input with σ < 1 leaves no r to judge, but its answer is certain.
            if chosen.name == CESExplosionCondition.rowName, !chosen.r.estimate.isFinite {
                return "With the \(chosen.name) row: \(chosen.summary)."
            }
            guard chosen.isIdentified, chosen.r.estimate.isFinite else { return nil }
            subject = chosen.r
            allDiagnostics += chosen.diagnostics
            let what =
                chosen.name == AdjustedReturnsSummary.combinedName ? "all adjustments" : "the \(chosen.name) adjustment"
            prefix = "With \(what) (adjusted r = \(NumberFormatting.significant(chosen.r.estimate))), "
        }
        let softened = allDiagnostics.contains { $0.signalsDegeneracy }
        let sentence = verdictSentence(subject, startingLowercase: !prefix.isEmpty)
        return prefix + sentence + (softened ? ", but see the warnings in the diagnostics." : ".")
    }

    /// The verdict on `r` without its final full stop.
    private static func verdictSentence(_ r: ReturnsSummary, startingLowercase: Bool) -> String {
        let level = "\(Int((r.level * 100).rounded()))%"
        func opening(_ text: String) -> String {
            startingLowercase ? text.prefix(1).lowercased() + text.dropFirst() : text
        }
        guard r.lower.isFinite, r.upper.isFinite else {
            return opening(
                r.estimate > 1
                    ? "The point estimate is above 1, but no interval could be formed"
                    : "The point estimate is at or below 1, but no interval could be formed")
        }
        let p =
            r.probabilityAboveOne.isFinite
            ? " (r > 1 in \(NumberFormatting.drawShare(r.probabilityAboveOne)) of draws)" : ""
        if r.lower > 1 {
            return "r is above 1 at the \(level) level\(p): returns to R&D would accelerate an automated research loop"
        }
        if r.upper < 1 { return "r is below 1 at the \(level) level\(p): an automated research loop would fizzle" }
        return opening("The \(level) interval contains 1\(p): these data cannot tell whether r is above 1")
    }
}
