import ArgumentParser
import RDFit
import RDFitReporting

/// `--method`.
extension ReturnsMethod: ExpressibleByArgument {}

/// `--bootstrap`.
extension ResamplingChoice: ExpressibleByArgument {}

/// `--format`.
extension ReportFormat: ExpressibleByArgument {}

extension GrowthMethod: ExpressibleByArgument {}
extension IntervalMethod: ExpressibleByArgument {}
extension BayesLikelihood: ExpressibleByArgument {}
extension SeriesNoise: ExpressibleByArgument {}
extension SeriesInputKind: ExpressibleByArgument {}
extension JonesWindowMean: ExpressibleByArgument {}
