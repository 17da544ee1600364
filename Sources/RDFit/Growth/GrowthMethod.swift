/// How an exponential growth rate is read off a series.
public enum GrowthMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Slope of ln y on centred t by least squares (LAPACK), with a standard error.
    case leastSquares = "least-squares"
    /// ln(y_last / y_first) / (t_last − t_first): the rule the 2024 single-endpoint tables used.
    /// For annual flows I_0..I_(T−1) this is ln(I_(T−1)/I_0)/(T−1) (<doc:SteadyStateEstimation>).
    case endpoints
}
