import RDFit

extension EstimateReport {
    /// An assumed parameter: its central value and, for a range, the range and distribution.
    package struct Assumed: Encodable {
        let value: Double
        let low: Double?
        let mode: Double?
        let high: Double?
        let distribution: String

        init(_ weight: InputWeight) {
            value = weight.central
            switch weight {
            case .fixed: (low, mode, high, distribution) = (nil, nil, nil, "fixed")
            case let .uniform(l, h): (low, mode, high, distribution) = (l, nil, h, "uniform")
            case let .triangular(l, m, h): (low, mode, high, distribution) = (l, m, h, "triangular")
            }
        }
    }

    /// One adjusted r in the JSON `adjusted` array: the adjustment's name and parameters, and an
    /// `r` object of the same shape as the top-level (unadjusted) `r`.
    package struct Adjusted: Encodable {
        /// `compute-share`, `spillover:COL`, `spillover-share:COL`, `multiplier:NAME` or `all`.
        let name: String
        let description: String
        /// The spillover column.
        let column: String?
        /// Spillover form: `levels` or `growth-share`.
        let form: String?
        let weight: Assumed?
        let share: Assumed?
        let computeShare: Assumed?
        let multiplier: Assumed?
        /// For `all`: the adjustments combined.
        let includes: [String]?
        /// Product of the central factors applied to r (1 − ε_K, m).
        let factor: Double?
        /// g_E after spillovers, at central values.
        let effectiveInputGrowthRate: Double?
        let r: Returns
        /// Median of the adjusted replicates.
        let median: Double?
        /// Warnings about this adjusted r only (absent when none).
        var diagnostics: [Diagnostic]?

        init(_ s: AdjustedReturnsSummary) {
            name = s.name
            description = s.summary
            let single =
                s.adjustments.count == 1 && s.name != AdjustedReturnsSummary.combinedName ? s.adjustments[0] : nil
            column = single?.column
            var form: String?, weight: Assumed?, share: Assumed?, compute: Assumed?, multiplier: Assumed?
            switch single {
            case let .spillover(_, w)?: form = "levels"; weight = Assumed(w)
            case let .spilloverShare(_, v)?: form = "growth-share"; share = Assumed(v)
            case let .computeBottleneck(e)?: compute = Assumed(e)
            case let .outputMultiplier(_, m)?: multiplier = Assumed(m)
            case nil: break
            }
            (self.form, self.weight, self.share, self.computeShare, self.multiplier) = (
                form, weight, share, compute, multiplier
            )
            // A verdict row (`compute-substitution`) applies no adjustment: no `includes`.
            includes = single == nil && !s.adjustments.isEmpty ? s.adjustments.map(\.name) : nil
            factor = s.centralFactor
            effectiveInputGrowthRate = s.effectiveInputGrowthRate.flatMap(finite)
            r = Returns(s.r, draws: s.draws.summary(of: .r))
            median = finite(s.median)
            diagnostics = s.diagnostics.isEmpty ? nil : s.diagnostics
        }

        /// The assumption in a few words, e.g. "ε_K = 0.59:0.67:0.75".
        var assumption: String {
            func text(_ a: Assumed) -> String {
                switch a.distribution {
                case "uniform":
                    return "\(NumberFormatting.setting(a.low))–\(NumberFormatting.setting(a.high)) (uniform)"
                case "triangular":
                    return
                        "\(NumberFormatting.setting(a.low))–\(NumberFormatting.setting(a.high)), mode \(NumberFormatting.setting(a.mode)) (triangular)"
                default: return NumberFormatting.setting(a.value)
                }
            }
            if let a = weight { return "E_eff = E + w·\(column ?? "?"), w = \(text(a))" }
            if let a = share { return "g_eff = (1 − s)·g_E + s·g(\(column ?? "?")), s = \(text(a))" }
            if let a = computeShare { return "r·(1 − ε_K), ε_K = \(text(a))" }
            if let a = multiplier { return "r·m, m = \(text(a))" }
            if includes?.isEmpty ?? true { return description }
            return "all of: " + (includes ?? []).joined(separator: ", ")
        }
    }
}
