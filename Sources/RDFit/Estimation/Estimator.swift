/// An estimator of r: a specification in, one ``ReturnsEstimate`` out.
///
/// Every estimator gives the same result shape (r with its interval and P(r > 1), labelled
/// ``Draws``, λ and β where identified, typed diagnostics), so adjustments, sensitivity and every
/// renderer take one type.
public protocol Estimator {
    /// The estimator's settings, checked when they are created.
    associatedtype Specification: Sendable

    /// Estimates r under `specification`.
    /// - Throws: ``DataError`` for data the estimator cannot use; ``SpecificationError`` for
    ///   settings it refuses.
    static func estimate(_ specification: Specification) throws -> ReturnsEstimate
}

extension SteadyStateEstimator: Estimator {}
extension JonesRegression: Estimator {}
