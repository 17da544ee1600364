import RDFit

/// Starts loading LAPACK while the command line is still being parsed, when the arguments ask for a
/// least-squares fit: parsing and reading the file take several milliseconds on one core, and the
/// load (``LeastSquares/prepare()``) can run on another meanwhile. A hint only: a fit the hint
/// misses (one asked for by a file's `# rdfit:` line, say) loads the library when it needs it, and
/// a wrong guess costs a few milliseconds of CPU on another thread, never a different result.
enum LeastSquaresPreload {
    /// Argument values that select a LAPACK least-squares fit: `--method jones-ols` (either
    /// spelling, `--option value` or `--option=value`). A least-squares growth rate
    /// (`--growth least-squares`) is a straight-line fit in closed form and needs no LAPACK.
    static let selectingValues: Set<String> = ["jones-ols"]
    /// Subcommands whose estimators may fit least squares.
    static let subcommands: Set<String> = ["estimate", "sensitivity"]
    /// Arguments after which nothing is estimated.
    static let informational: Set<String> = ["--help", "-h", "--version", "help"]

    /// Whether `arguments` (without the program name) ask for a least-squares fit.
    static func isLikely(_ arguments: [String]) -> Bool {
        guard let subcommand = arguments.first, subcommands.contains(subcommand) else { return false }
        var selects = false
        for argument in arguments.dropFirst() {
            if informational.contains(argument) { return false }
            let value = argument.split(separator: "=", maxSplits: 1).last.map(String.init) ?? argument
            if selectingValues.contains(value) { selects = true }
        }
        return selects
    }

    /// Starts the load if `arguments` ask for a least-squares fit.
    static func start(for arguments: [String]) {
        if isLikely(arguments) { LeastSquares.prepare() }
    }
}
