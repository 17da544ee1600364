import ArgumentParser
import RDFit
import RDFitReporting

/// `--method`.
enum MethodChoice: String, CaseIterable, ExpressibleByArgument {
    case steadyState = "steady-state"
    case jonesOLS = "jones-ols"
    case bayesEndpoint = "bayes-endpoint"
    case mle
    case bayesSeries = "bayes-series"
}

/// `--bootstrap`.
enum SchemeChoice: String, CaseIterable, ExpressibleByArgument {
    case pairs, residual, block, stationary
}

/// `--format`.
extension ReportFormat: ExpressibleByArgument {}

extension GrowthMethod: ExpressibleByArgument {}
extension IntervalMethod: ExpressibleByArgument {}
extension BayesLikelihood: ExpressibleByArgument {}
extension SeriesNoise: ExpressibleByArgument {}
extension SeriesInputKind: ExpressibleByArgument {}
extension JonesWindowMean: ExpressibleByArgument {}
