import RDFit

extension DataError.Kind {
    /// The rows used are not on consecutive years, which `--method bayes-endpoint` needs.
    static let nonConsecutiveYears = DataError.Kind(rawValue: "non-consecutive-years")
}
