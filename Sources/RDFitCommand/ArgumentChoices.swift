import ArgumentParser
import RDFit

/// `--method`.
enum MethodChoice: String, CaseIterable, ExpressibleByArgument {
    case steadyState = "steady-state"
    case jonesOLS = "jones-ols"
    case bayesEndpoint = "bayes-endpoint"
}

/// `--bootstrap`.
enum SchemeChoice: String, CaseIterable, ExpressibleByArgument {
    case pairs, residual, block, stationary
}

/// `--format`.
enum FormatChoice: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv, markdown
}

extension GrowthMethod: ExpressibleByArgument {}
extension IntervalMethod: ExpressibleByArgument {}
extension BayesLikelihood: ExpressibleByArgument {}
