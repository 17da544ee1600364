extension ReturnsSummary {
    /// A posterior's r: its median with the equal-tailed credible interval and P(r > 1), as every
    /// posterior (single-endpoint or full-series) reports it.
    init(posteriorMedian r: BayesRQuantiles, interval: BayesCredibleInterval, probabilityAboveOne: Double) {
        self.init(
            estimate: r.q50, lower: interval.lower, upper: interval.upper, level: interval.level,
            probabilityAboveOne: probabilityAboveOne)
    }
}

extension ParameterSummary {
    /// A posterior's λ or β: its median with the credible interval (no standard error).
    init(posteriorMedian q: BayesParameterQuantiles, interval: BayesCredibleInterval) {
        self.init(estimate: q.q50, standardError: nil, lower: interval.lower, upper: interval.upper)
    }
}
