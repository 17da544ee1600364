/// An assumption behind an estimate of r that `rdfit sensitivity` varies over a range, all else at
/// baseline. Names match the estimate options: `doubling-time`, `growth-multiple`,
/// `growth-factor`, `compute-share`, `spillover:COL`, `spillover-share:COL`, `multiplier:NAME`,
/// `weight:COL`, `input`.
public enum SensitivityAssumption: Sendable, Hashable, Codable {
    /// The output's doubling time d in months (replaces the stated output; an interval on a stated
    /// doubling time is scaled with d).
    case doublingTime
    /// The output's growth multiple per year.
    case growthMultiple
    /// The output's growth factor over the stated horizon.
    case growthFactor
    /// The compute share ε_K of the compute bottleneck (baseline: as stated, else none).
    case computeShare
    /// A levels spillover weight w on a column (baseline: as stated, else 0).
    case spilloverWeight(column: String)
    /// A growth-form spillover share s on a column (baseline: as stated, else 0).
    case spilloverShare(column: String)
    /// An output multiplier m (baseline: as stated, else 1).
    case outputMultiplier(name: String)
    /// The Cobb-Douglas weight of one input (another input takes the remainder).
    case inputWeight(column: String)
    /// The choice of input column: one estimate per column; not numeric, so no break-even.
    case inputChoice(columns: [String])

    /// The option-style names, for messages and suggestions.
    public static let names = [
        "doubling-time", "growth-multiple", "growth-factor", "compute-share", "spillover", "spillover-share",
        "multiplier", "weight", "input",
    ]

    /// The assumption's name, e.g. `spillover:ai_papers`.
    public var name: String {
        switch self {
        case .doublingTime: return "doubling-time"
        case .growthMultiple: return "growth-multiple"
        case .growthFactor: return "growth-factor"
        case .computeShare: return "compute-share"
        case let .spilloverWeight(column): return "spillover:\(column)"
        case let .spilloverShare(column): return "spillover-share:\(column)"
        case let .outputMultiplier(name): return "multiplier:\(name)"
        case let .inputWeight(column): return "weight:\(column)"
        case .inputChoice: return "input"
        }
    }

    /// The unit of the assumption's value, for tables and axes.
    public var unit: String? {
        switch self {
        case .doublingTime: return "months"
        case .growthMultiple: return "× per year"
        case .growthFactor: return "× over the horizon"
        case .computeShare, .spilloverWeight, .spilloverShare, .inputWeight: return "share, 0–1"
        case .outputMultiplier: return "× r"
        case .inputChoice: return nil
        }
    }

    /// Whether the assumption takes numbers (all but the input choice).
    public var isNumeric: Bool {
        if case .inputChoice = self { return false }
        return true
    }

    /// The values the assumption may take: positive for output quantities and multipliers, [0, 1]
    /// for shares and weights.
    public func admits(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        switch self {
        case .doublingTime, .growthMultiple, .growthFactor, .outputMultiplier: return value > 0
        case .computeShare, .spilloverWeight, .spilloverShare, .inputWeight: return value >= 0 && value <= 1
        case .inputChoice: return true
        }
    }
}
