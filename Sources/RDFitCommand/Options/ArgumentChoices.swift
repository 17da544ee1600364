import ArgumentParser
import RDFit
import RDFitReporting

/// `--method`.
extension ReturnsMethod: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}

/// `--bootstrap`.
extension ResamplingChoice: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}

/// `--format`.
extension ReportFormat: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}

extension GrowthMethod: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}
extension IntervalMethod: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}
extension BayesLikelihood: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}
extension SeriesNoise: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}
extension SeriesInputKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}
extension JonesWindowMean: ExpressibleByArgument {
    public static var allValueStrings: [String] { rawValueStrings }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// Every case's raw value, in declaration order: what ArgumentParser's default
    /// `allValueStrings` lists for a `String` enum (each raw value's `defaultValueDescription` is
    /// the string itself), without the generic key path it instantiates at run time on every call
    /// (a conformance search over the whole binary each time, several per parse).
    static var rawValueStrings: [String] { allCases.map { $0.rawValue } }
}

/// A choice of the command line's own (`--plot-kind`, `--preset`, a `reproduce` table, …): a
/// string enum whose values are listed by ``Swift/CaseIterable/rawValueStrings``.
protocol ArgumentChoice: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ArgumentChoice {
    static var allValueStrings: [String] { rawValueStrings }
}
