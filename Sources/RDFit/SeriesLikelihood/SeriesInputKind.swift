/// How a research-input series is read when it is integrated over a transition (<doc:FullSeriesLikelihood>).
public enum SeriesInputKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A flow (e.g. commits per month): the value on a row holds from its date until the next
    /// row's date, so E is piecewise constant; the last row only closes the span.
    case flow
    /// A cumulative count C(t), linearly interpolated: E is the slope of each segment.
    case cumulative
}

/// The law of the noise ε in the transition law of the full-series likelihood.
public enum SeriesNoise: String, Sendable, Hashable, Codable, CaseIterable {
    /// ε standard normal (mean 0, variance 1).
    case gaussian
    /// ε standard α-stable, ``StableDistribution`` (S1, scale 1), with α and skewness estimated.
    case stable
}
