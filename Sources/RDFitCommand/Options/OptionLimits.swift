import RDFit

/// Magnitude limits on the count and length options of `rdfit estimate`, checked before any of
/// them is converted or multiplied, so that a huge value (`--window 9223372036854775807`) is a
/// one-line usage error naming the option instead of an integer-overflow trap. The library checks
/// its own settings too; these catch the values the command derives other settings from (the
/// block length defaults to the window); replicates, chains, draws and warm-up are capped by the
/// library's specifications.
enum OptionLimits {
    /// The longest Jones regression window, in observations (the default is 10; a window longer
    /// than a few hundred leaves no yearly series enough windows).
    static let maximumWindow = 1000
    /// The largest Newey–West lag.
    static let maximumLag = 1000
    /// The longest Bayesian horizon (`--over` with `--method bayes-endpoint`), in years.
    static let maximumHorizon = BayesSingleEndpointSpecification.maximumHorizon

    /// Checks the count and length options that are set.
    /// - Throws: ``SpecificationError`` naming the option, the value and the accepted range.
    static func check(_ options: EstimateOptions) throws {
        if let window = options.window, !(1...maximumWindow).contains(window) {
            throw SpecificationError(
                setting: .window, message: "the window must be from 1 to \(maximumWindow) observations (got \(window))")
        }
        if let lag = options.hacLag, !(0...maximumLag).contains(lag) {
            throw SpecificationError(
                setting: .hacLag, message: "the Newey–West lag must be from 0 to \(maximumLag) (got \(lag))")
        }
    }
}
