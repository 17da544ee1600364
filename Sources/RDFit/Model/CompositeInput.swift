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

/// The Cobb-Douglas composite research input E = Π_j I_j^(ε_j), computed as exp(Σ_j ε_j ln I_j):
/// the one place the Jones regression and the Bayesian single-endpoint estimator combine inputs.
public enum CompositeInput {
    /// The composite level at each position.
    /// - Parameters:
    ///   - levels: one array of positive levels per input, all of the same length.
    ///   - weights: the weights ε_j, one per input (central values; they need not sum to 1 here).
    /// - Returns: exp(Σ_j ε_j ln I_j(t)) for each t, summing over the inputs in order.
    public static func levels(_ levels: [[Double]], weights: [Double]) -> [Double] {
        guard let count = levels.first?.count else { return [] }
        return (0..<count).map { i in exp(levels.indices.reduce(0) { $0 + weights[$1] * log(levels[$1][i]) }) }
    }
}
