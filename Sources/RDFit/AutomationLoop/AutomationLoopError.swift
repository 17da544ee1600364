/// Why an automation-loop or CES specification was refused.
///
/// Each case names the offending ``Setting`` and the value given, so a caller (the command line,
/// a notebook) can point at its own spelling of that setting. The library never spells flags.
public enum AutomationLoopError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A range whose lower bound is above its upper bound.
    case invertedRange(Setting, lower: Double, upper: Double)
    /// A value that must be positive (a log is taken, or it is a time or a count) but is not.
    case notPositive(Setting, value: Double)
    /// A value that is NaN or infinite where a finite number is needed.
    case notFinite(Setting, value: Double)
    /// A value outside the interval the setting allows, described in words.
    case outOfRange(Setting, value: Double, allowed: String)
    /// More runs than the simulator accepts.
    case tooManyRuns(requested: Int, maximum: Int)
    /// An empty list where at least one value is needed.
    case empty(Setting)
    /// A ceiling so far away that one run could take more doublings than the simulator allows.
    case ceilingTooFar(doublings: Double, maximum: Double)

    /// A setting of the automation-loop simulator or the CES integrator.
    public enum Setting: String, Sendable, Codable, CaseIterable {
        case initialReturns = "initial returns r0"
        case returnsDraws = "draws of r"
        case speedUp = "initial speed-up f"
        case parallelPenalty = "parallel penalty p"
        case distanceToLimits = "distance to limits Y (years)"
        case softwareShare = "software share of AI progress"
        case softwareDoublingTime = "recent software doubling time (months)"
        case horizon = "horizon (months)"
        case runs = "number of runs"
        case conditionMonths = "condition window (months)"
        case conditionSpeedMultiple = "condition speed multiple"
        case quantileLevel = "quantile level"
        case bandGrid = "trajectory band grid (months)"
        case gradualBoost = "gradual boost setting"
        case elasticity = "elasticity of substitution sigma"
        case laborWeight = "labour weight alpha"
        case lambda = "returns to research input lambda"
        case beta = "diminishing returns beta"
        case scale = "CES scale constant"
        case computeGrowth = "compute growth rate"
        case doublings = "number of doublings"
        case stepsPerDoubling = "integration steps per doubling"
        case computeShare = "compute share epsilon_K"
        case publishedProbabilities = "published probabilities"
    }

    /// A one-line message that says what is wrong and how to fix it.
    public var description: String {
        switch self {
        case let .invertedRange(setting, lower, upper):
            return "\(setting.rawValue): lower bound \(lower) is above upper bound \(upper); swap them."
        case let .notPositive(setting, value):
            return "\(setting.rawValue) must be positive, got \(value)."
        case let .notFinite(setting, value):
            return "\(setting.rawValue) must be a finite number, got \(value)."
        case let .outOfRange(setting, value, allowed):
            return "\(setting.rawValue) must be \(allowed), got \(value)."
        case let .tooManyRuns(requested, maximum):
            return "\(requested) runs requested; at most \(maximum) are allowed, use fewer."
        case let .empty(setting):
            return "\(setting.rawValue): at least one value is needed."
        case let .ceilingTooFar(doublings, maximum):
            return "the limits allow \(doublings) doublings per run, more than \(maximum); "
                + "lower the distance to limits or raise the software share."
        }
    }
}
