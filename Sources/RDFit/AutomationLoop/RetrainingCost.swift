/// How the need to retrain each new model tempers the acceleration exponent (<doc:AutomationLoop>).
///
/// Without retraining, each doubling time is the last one times 2^x with x = p·(1/r − 1).
public enum RetrainingCost: String, Codable, Sendable, Hashable, CaseIterable {
    /// No retraining cost: the exponent is x.
    case none
    /// x/|x + 1|, the form in the code that produced the published table.
    case codeForm
    /// x/(1 + |x|), the form written in the paper.
    case paperForm

    /// The exponent actually applied for a raw exponent `x`.
    @inlinable
    public func exponent(_ x: Double) -> Double {
        switch self {
        case .none: return x
        case .codeForm: return x / abs(x + 1)
        case .paperForm: return x / (1 + abs(x))
        }
    }
}
