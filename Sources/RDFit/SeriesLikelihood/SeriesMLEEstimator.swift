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

/// Full-series maximum likelihood for r = λ/β (<doc:FullSeriesLikelihood>; Erdil, Besiroglu & Ho 2024, chess and
/// TFP notebooks).
///
/// The transition law A_(i+1)^β = A_i^β + θβ·I_i(λ) + s_i·ε_i, s_i = σ·A_i^(β(1−1/α))·I_i(λ)^(1/α),
/// is fitted by maximising the exact log-likelihood of every transition (``SeriesLogLikelihood``):
/// Nelder–Mead from the best of a grid of data-driven starts, then BFGS until the largest gradient
/// component is below the tolerance. Stable-noise fits start from the Gaussian fit at the best of
/// four (α, b) and maximise a likelihood whose stable density is interpolated from a cached grid
/// of exact values (`StableDensityInterpolant`); every log-likelihood reported (the fit's, the
/// tests', the hold-out's and the profile interval's ends) is then computed with the exact density.
/// A fit that does not converge throws; it never returns a number.
///
/// Reported: Wald (inverse-Hessian) standard errors; r with its profile-likelihood interval (the
/// default; λ = r·β) and its delta-method interval; likelihood-ratio tests of λ = 0 and r = 1
/// (χ²(1)); log-likelihood and AIC; a chronological hold-out; bootstrap draws of r on request.
///
/// ```swift
/// let data = try SeriesData(output: efficiency, input: commits, inputKind: .flow)
/// let spec = try SeriesMLESpecification(noise: .stable, transitionBootstrapReplicates: 200, seed: 7, threads: 2)
/// let result = try SeriesMLEEstimator(specification: spec).fit(to: data)
/// ```
public struct SeriesMLEEstimator: Sendable {
    /// The settings.
    public let specification: SeriesMLESpecification

    /// Creates an estimator.
    public init(specification: SeriesMLESpecification) {
        self.specification = specification
    }

    /// Fits the model and computes every interval, test and draw the specification asks for.
    /// - Throws: ``SeriesFitError`` when the free fit or a restricted fit needed for a test does not
    ///   converge, naming which fit and why.
    public func fit(to data: SeriesData) throws -> SeriesMLEResult {
        let spec = specification
        var full = try Self.maximise(
            data, noise: spec.noise, restriction: .none, tolerance: spec.gradientTolerance,
            subject: "full model")
        var lambdaZero = try restricted(data, full: full, restriction: .lambdaFixed(0), subject: "lambda = 0")
        var ratioOne = try restricted(data, full: full, restriction: .ratioFixed(1), subject: "r = 1")
        // Nested fits cannot beat the free fit; if one does, the free fit restarts from it.
        if let better = [lambdaZero, ratioOne].max(by: { $0.logLikelihood < $1.logLikelihood }),
            better.logLikelihood > full.logLikelihood + 1e-6
        {
            let map = SeriesParameterization(noise: spec.noise, restriction: .none)
            full = try SeriesFitting.fit(
                data, map, starts: [better.parameters, full.parameters],
                tolerance: spec.gradientTolerance, explore: false, subject: "full model")
            lambdaZero = try restricted(data, full: full, restriction: .lambdaFixed(0), subject: "lambda = 0")
            ratioOne = try restricted(data, full: full, restriction: .ratioFixed(1), subject: "r = 1")
        }
        // Reported log-likelihoods use the exact density (stable fits maximise an interpolated one).
        let fullLogLikelihood = SeriesFitting.exactLogLikelihood(full, data: data)
        // A stable α or skewness at the edge of its range is held at its estimate: there the
        // likelihood's maximum is on the boundary, not a stationary point, so its row of the
        // information matrix does not describe its sampling spread (in the logit coordinate both
        // its curvature and its coupling to the other parameters vanish).
        let boundary = Self.boundaryCoordinates(full)
        let covariance = SeriesCovariance(fit: full, data: data, fixed: Set(boundary.map(\.coordinate)))
        var diagnostics: [Diagnostic] = []
        if !boundary.isEmpty {
            let names = boundary.map(\.name).joined(separator: " and ")
            diagnostics.append(
                Diagnostic(
                    code: .parameterAtBoundary, severity: .note,
                    message: "\(names) "
                        + "sits at the edge of its range, where the likelihood is maximised at the edge rather than at a "
                        + "stationary point; the Wald standard errors of the other parameters hold it fixed at its estimate"
                ))
        }
        if covariance == nil {
            diagnostics.append(
                Diagnostic(
                    code: .hessianNotDefinite,
                    message: "the negative Hessian of the "
                        + "log-likelihood is not positive definite at the estimate, so Wald standard errors are undefined"
                ))
        }
        let estimates = SeriesEstimates(fit: full, covariance: covariance, level: spec.level)
        diagnostics += Self.atBoundDiagnostics(estimates)
        var returns = estimates.returnsWald
        if spec.profileInterval {
            var profile = SeriesProfile(
                data: data, full: full, tolerance: spec.gradientTolerance, fullExactLogLikelihood: fullLogLikelihood)
            let ends = profile.interval(level: spec.level, waldStandardError: estimates.returnsWald.standardError)
            for failure in ends.failures {
                diagnostics.append(
                    Diagnostic(
                        code: .profileFitFailed,
                        message: "a profile fit did not converge, "
                            + "so the interval end on that side is not reported: \(failure)"))
            }
            returns = SeriesEstimate(
                estimate: full.parameters.returns, lower: ends.lower, upper: ends.upper,
                standardError: estimates.returnsWald.standardError, level: spec.level,
                interval: .profileLikelihood)
            if (ends.lower == nil || ends.upper == nil) && ends.failures.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        code: .unboundedProfileInterval,
                        message: "the profile likelihood "
                            + "of r does not fall by the \(PlainNumber.text(spec.level)) critical value on the "
                            + "\(ends.lower == nil ? "lower" : "upper") side within the search range; that end is unbounded"
                    ))
            }
        }
        let tests = [
            Self.test("lambda = 0", full: fullLogLikelihood, restricted: lambdaZero, data: data),
            Self.test("r = 1", full: fullLogLikelihood, restricted: ratioOne, data: data),
        ]
        if Self.isFlatInLambda(estimates.lambda, returns: returns) {
            diagnostics.append(
                Diagnostic(
                    code: .flatLikelihoodInLambda,
                    message: "the likelihood is nearly flat "
                        + "in lambda (standard error above max(1, 2|lambda|) or an unbounded profile interval): the input "
                        + "series does not pin down the returns to effort, so r is weakly identified"))
        }
        let holdOut = try spec.holdOutShare.flatMap { try self.holdOut(data, full: full, share: $0, &diagnostics) }
        var draws: [SeriesDraws] = []
        if spec.transitionBootstrapReplicates > 0 {
            var transition = SeriesReplicates.transitionBootstrap(
                data: data, fit: full,
                count: spec.transitionBootstrapReplicates, seed: spec.seed, threads: spec.threads,
                tolerance: spec.gradientTolerance, inverseHessian: boundary.isEmpty ? covariance?.matrix : nil)
            // The BCa interval's acceleration, from each transition's influence on r̂.
            transition.jackknife = SeriesInfluence.jackknife(data: data, fit: full, covariance: covariance?.matrix)
            draws.append(transition)
        }
        if spec.parametricBootstrapReplicates > 0 {
            draws.append(
                SeriesReplicates.parametricBootstrap(
                    data: data, fit: full,
                    count: spec.parametricBootstrapReplicates, seed: spec.seed, threads: spec.threads,
                    tolerance: spec.gradientTolerance))
        }
        if spec.waldNormalDraws > 0, let covariance {
            draws.append(
                SeriesReplicates.waldNormal(
                    fit: full, covariance: covariance, count: spec.waldNormalDraws,
                    seed: spec.seed))
        }
        for set in draws where set.failed > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .failedReplicates,
                    message: "\(set.failed) of "
                        + "\(set.failed + set.values.count) \(set.kind.rawValue) replicates did not converge and were dropped"
                ))
        }
        let k = full.parameterization.count
        return SeriesMLEResult(
            noise: spec.noise, inputKind: data.inputKind, outputName: data.outputName, inputName: data.inputName,
            transitions: data.transitionCount, skippedEqualDates: data.skippedEqualDates, parameters: full.parameters,
            returns: returns, returnsWald: estimates.returnsWald, lambda: estimates.lambda, beta: estimates.beta,
            theta: estimates.theta, sigma: estimates.sigma, alpha: estimates.alpha, skewness: estimates.skewness,
            logLikelihood: fullLogLikelihood, parameterCount: k, aic: 2 * Double(k) - 2 * fullLogLikelihood,
            tests: tests, holdOut: holdOut, draws: draws,
            convergence: SeriesConvergence(
                criterion: full.criterion, gradientNorm: full.gradientNorm,
                gradientTolerance: spec.gradientTolerance, iterations: full.iterations,
                evaluations: full.evaluations, starts: full.starts,
                convergedStarts: full.convergedStarts),
            diagnostics: diagnostics)
    }

    /// The maximum under a restriction from data-driven starts (Gaussian), or from the Gaussian fit
    /// at several (α, b) (stable).
    static func maximise(
        _ data: SeriesData, noise: SeriesNoise, restriction: SeriesParameterization.Restriction,
        tolerance: Double, subject: String
    ) throws -> SeriesFit {
        let gaussian = SeriesParameterization(noise: .gaussian, restriction: restriction)
        let grid = SeriesFitting.gridStarts(data, gaussian, keep: 3)
        let gaussianFit = try SeriesFitting.fit(
            data, gaussian, starts: grid,
            tolerance: tolerance, explore: true, subject: subject)
        guard noise == .stable else { return gaussianFit }
        let map = SeriesParameterization(noise: .stable, restriction: restriction)
        // (α, b) on nodes of the density grid, where the interpolated likelihood reads one column
        // of it: the starts are ranked cheaply, and the best is fitted (the next if it fails).
        let starts = [(1.9, 0.0), (1.6, 0.5), (1.6, -0.5), (1.4, 0.875)].map { alpha, skewness -> SeriesParameters in
            var p = gaussianFit.parameters
            p.sigma /= 2.0.squareRoot()
            p.alpha = alpha
            p.skewness = skewness
            return p
        }
        let scored = starts.map { p in
            (
                p,
                SeriesLogLikelihood.value(
                    beta: p.beta, lambda: p.lambda, theta: p.theta, scaleOverBeta: p.sigma / p.beta, alpha: p.alpha,
                    skewness: p.skewness, data: data, noise: .stable, interpolated: true)
            )
        }
        let ranked = scored.sorted { $0.1 > $1.1 }.map(\.0)
        var failure: Error?
        for start in ranked.prefix(2) {
            do {
                return try SeriesFitting.fit(
                    data, map, starts: [start], tolerance: tolerance, explore: false, subject: subject)
            } catch {
                failure = error
            }
        }
        throw failure!
    }

    /// A restricted fit started from the free estimate (λ set by the restriction) and, for Gaussian
    /// noise, also from the grid of data-driven starts.
    func restricted(
        _ data: SeriesData, full: SeriesFit, restriction: SeriesParameterization.Restriction,
        subject: String
    ) throws -> SeriesFit {
        let map = SeriesParameterization(noise: full.parameterization.noise, restriction: restriction)
        var start = full.parameters
        switch restriction {
        case .none: break
        case .lambdaFixed(let value): start.lambda = value
        case .ratioFixed(let r): start.lambda = r * start.beta
        }
        let warm = try? SeriesFitting.fit(
            data, map, starts: [start], tolerance: specification.gradientTolerance,
            explore: false, subject: subject)
        // Gaussian fits are cheap enough to also start afresh from the grid; stable fits start
        // from the free estimate only (each stable evaluation costs hundreds of Gaussian ones).
        let cold =
            map.noise == .stable
            ? nil
            : try? Self.maximise(
                data, noise: map.noise, restriction: restriction,
                tolerance: specification.gradientTolerance,
                subject: subject)
        guard let best = [warm, cold].compactMap({ $0 }).max(by: { $0.logLikelihood < $1.logLikelihood }) else {
            return try SeriesFitting.fit(
                data, map, starts: [start], tolerance: specification.gradientTolerance,
                explore: true, subject: subject)
        }
        return best
    }

    /// Stable-noise coordinates whose estimate sits within 0.001 of the edge of its range.
    static func boundaryCoordinates(_ fit: SeriesFit) -> [(coordinate: Int, name: String)] {
        guard fit.parameterization.noise == .stable else { return [] }
        let p = fit.parameters, first = fit.parameterization.count - 2
        var found: [(Int, String)] = []
        if SeriesEstimates.bound(alpha: p.alpha) != nil { found.append((first, "alpha")) }
        if SeriesEstimates.bound(skewness: p.skewness) != nil { found.append((first + 1, "skewness")) }
        return found
    }

    /// One ``Diagnostic/Code/estimateAtBound`` per stable parameter whose estimate sits at a bound
    /// of its range (its Wald interval is then not reported).
    static func atBoundDiagnostics(_ estimates: SeriesEstimates) -> [Diagnostic] {
        let found: [(String, SeriesEstimate, Double?)] = [
            ("alpha", estimates.alpha, SeriesEstimates.bound(alpha: estimates.alpha.estimate)),
            ("skewness", estimates.skewness, SeriesEstimates.bound(skewness: estimates.skewness.estimate)),
        ]
        return found.compactMap { name, estimate, bound in
            guard estimate.interval == .atBound, let bound else { return nil }
            return Diagnostic(
                code: .estimateAtBound,
                message:
                    "the \(name) estimate (\(PlainNumber.text((estimate.estimate * 1e4).rounded() / 1e4))) sits at the bound "
                    + "\(PlainNumber.text(bound)) of its range, so no Wald interval or standard error is reported for "
                    + "it: there the likelihood is maximised at the edge, where the normal approximation does not hold")
        }
    }

    /// The likelihood-ratio test, from the exact log-likelihoods of the free fit and of `restricted`.
    static func test(
        _ hypothesis: String, full: Double, restricted: SeriesFit, data: SeriesData
    ) -> SeriesLikelihoodTest {
        let restrictedLogLikelihood = SeriesFitting.exactLogLikelihood(restricted, data: data)
        let statistic = max(0, 2 * (full - restrictedLogLikelihood))
        return SeriesLikelihoodTest(
            hypothesis: hypothesis, statistic: statistic, degreesOfFreedom: 1,
            pValue: erfc((statistic / 2).squareRoot()),
            restrictedLogLikelihood: restrictedLogLikelihood,
            restrictedParameters: restricted.parameters)
    }

    static func isFlatInLambda(_ lambda: SeriesEstimate, returns: SeriesEstimate) -> Bool {
        guard let error = lambda.standardError else { return true }
        return error > max(1, 2 * abs(lambda.estimate)) || returns.lower == nil || returns.upper == nil
    }

    func holdOut(
        _ data: SeriesData, full: SeriesFit, share: Double,
        _ diagnostics: inout [Diagnostic]
    ) throws -> SeriesHoldOut? {
        let n = data.transitionCount
        let fitted = Int((share * Double(n)).rounded(.down))
        guard fitted >= SeriesData.minimumTransitions, fitted < n else {
            diagnostics.append(
                Diagnostic(
                    code: .holdOutSkipped, severity: .note,
                    message: "the hold-out needs at "
                        + "least \(SeriesData.minimumTransitions) fitted transitions and one held out; \(n) transitions "
                        + "with share \(PlainNumber.text(share)) give \(fitted)"))
            return nil
        }
        let first = data.transitions(Array(0..<fitted)), rest = data.transitions(Array(fitted..<n))
        let free = try restricted(first, full: full, restriction: .none, subject: "hold-out free fit")
        let zero = try restricted(first, full: full, restriction: .lambdaFixed(0), subject: "hold-out lambda = 0 fit")
        func heldOut(_ fit: SeriesFit) -> Double { SeriesFitting.exactLogLikelihood(fit, data: rest) }
        return SeriesHoldOut(
            fittedTransitions: fitted, heldOutTransitions: n - fitted, freeParameters: free.parameters,
            freeHeldOutLogLikelihood: heldOut(free), restrictedParameters: zero.parameters,
            restrictedHeldOutLogLikelihood: heldOut(zero))
    }
}
