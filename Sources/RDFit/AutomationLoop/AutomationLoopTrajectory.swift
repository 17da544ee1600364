/// One recorded point of a run: the start, or the end of a doubling.
public struct AutomationLoopPoint: Codable, Sendable, Hashable {
    /// Months since automation.
    public let months: Double
    /// Software doublings completed.
    public let doublings: Int
    /// Years of AI progress at the recent pace: doublings / ((12/T₀)/s_c).
    public let yearsOfProgress: Double
    /// r after this step.
    public let returns: Double
    /// The speed-up f after this step.
    public let speedUp: Double
}

/// The whole path of one run, for plotting a single scenario or checking a run by hand.
public struct AutomationLoopTrajectory: Codable, Sendable, Hashable {
    /// The run's parameters.
    public let parameters: AutomationLoopRunParameters
    /// The start and every completed doubling, in time order.
    public let points: [AutomationLoopPoint]
    /// Why the run stopped.
    public let endReason: AutomationLoopEndReason

    /// The doubling times, t_i − t_(i−1), in months.
    public var doublingMonths: [Double] {
        zip(points.dropFirst(), points).map { $0.months - $1.months }
    }
}

/// Collects every point of a run into a trajectory.
struct TrajectoryRecorder: AutomationLoopRecorder {
    let doublingsPerYear: Double
    var points: [AutomationLoopPoint] = []

    mutating func record(months: Double, doublings: Int, returns: Double, speedUp: Double) {
        points.append(
            AutomationLoopPoint(
                months: months, doublings: doublings,
                yearsOfProgress: Double(doublings) / doublingsPerYear,
                returns: returns, speedUp: speedUp))
    }
}

/// Collects only the times of a run, into a buffer reused from run to run.
struct TimesRecorder: AutomationLoopRecorder {
    var times: [Double] = []

    mutating func record(months: Double, doublings: Int, returns: Double, speedUp: Double) {
        times.append(months)
    }
}
