import ArgumentParser
import RDFit
import RDFitReporting

/// The options of `rdfit estimate` (and of the commands built on it). Every option is optional so
/// that a data file's `# rdfit:` defaults can fill what the command line leaves out
/// (``merged(over:)``); numbers may be written as arithmetic, e.g. `--growth-factor '2^(120/9)'`.
struct EstimateOptions: ParsableArguments {
    @Option(
        name: .customLong("input"),
        help: ArgumentHelp(
            "Input column (repeatable). Default: every numeric column but year and the output.", valueName: "COL"))
    var inputs: [String] = []

    @Option(
        name: .customLong("weight"),
        help: ArgumentHelp(
            "Cobb-Douglas weight of an input: COL=VALUE, COL=LO:HI (uniform) or COL=LO:MODE:HI (triangular). Default: equal weights; one input may be left to take the remainder.",
            valueName: "COL=W"), transform: NamedDistribution.parser(example: "compute=0.59:0.67:0.75"))
    var weights: [NamedDistribution] = []

    @Option(help: ArgumentHelp("Output level column (software quality series).", valueName: "COL"))
    var output: String?

    @Option(
        name: .customLong("doubling-time"), help: ArgumentHelp("Output doubling time in months.", valueName: "MONTHS"),
        transform: NumericValue.parse)
    var doublingTime: NumericValue?

    @Option(
        name: .customLong("growth-factor"),
        help: ArgumentHelp(
            "Output growth factor A_T/A_0 over --over years (arithmetic allowed, e.g. '2^(120/9)').", valueName: "F"),
        transform: NumericValue.parse)
    var growthFactor: NumericValue?

    @Option(
        help: ArgumentHelp("Horizon of --growth-factor in years.", valueName: "YEARS"), transform: NumericValue.parse)
    var over: NumericValue?

    @Option(
        name: .customLong("growth-multiple"),
        help: ArgumentHelp("Output growth multiple per year, e.g. 3 for 3x/yr.", valueName: "M"),
        transform: NumericValue.parse)
    var growthMultiple: NumericValue?

    @Option(
        help: ArgumentHelp(
            "Interval on the output quantity given with it (months, factor or multiple): a lognormal range whose median is the stated value, which must lie inside.",
            valueName: "LO:HI"), transform: NumericRange.parse)
    var interval: NumericRange?

    @Option(
        name: .customLong("interval-level"),
        help: ArgumentHelp("Level of --interval (default 0.95).", valueName: "LEVEL"), transform: NumericValue.parse)
    var intervalLevel: NumericValue?

    @Option(
        help:
            "Estimator: steady-state (default), jones-ols, bayes-endpoint, mle (full-series likelihood) or bayes-series (full-series posterior)."
    )
    var method: ReturnsMethod?

    @Option(help: "mle: noise law, gaussian (default) or stable (slow: minutes on a long series).")
    var noise: SeriesNoise?

    @Option(
        name: .customLong("input-kind"),
        help:
            "mle: the input is a flow (default; a row's value holds until the next date) or cumulative (a running count)."
    )
    var inputKind: SeriesInputKind?

    @Option(
        help: ArgumentHelp(
            "mle: share of transitions held out at the end for the chronological hold-out (default 0.2; 0 skips it).",
            valueName: "SHARE"))
    var holdout: Double?

    @Option(help: "Growth rates by least-squares (default) or endpoints.")
    var growth: GrowthMethod?

    @Flag(inversion: .prefixedNo, help: "Use cumulative (running total) inputs.")
    var cumulative: Bool?

    @Option(
        help: ArgumentHelp("Use only the years from LO to HI inclusive.", valueName: "LO:HI"),
        transform: NumericRange.parse)
    var years: NumericRange?

    @Option(
        help:
            "Bootstrap scheme: pairs (default for steady-state), residual, block (default for jones-ols) or stationary."
    )
    var bootstrap: ResamplingChoice?

    @Option(
        name: .customLong("block-length"),
        help: ArgumentHelp(
            "Block length (mean length for stationary). Default: round(n^(1/3)), the window for jones-ols.",
            valueName: "L"))
    var blockLength: Double?

    @Option(
        help: ArgumentHelp(
            "Bootstrap replicates (default 2000; for mle, transition-bootstrap refits, default 0).", valueName: "B"))
    var replicates: Int?

    @Option(help: ArgumentHelp("Level of the interval on r (default 0.9).", valueName: "LEVEL"))
    var level: Double?

    @Option(name: .customLong("interval-method"), help: "Interval on r: percentile (default), basic, normal or bca.")
    var intervalMethod: IntervalMethod?

    @Option(help: ArgumentHelp("Seed of every random draw (default: drawn and reported).", valueName: "S"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Jones regression window in observations (default 10).", valueName: "K"))
    var window: Int?

    @Option(
        name: .customLong("hac-lag"),
        help: ArgumentHelp(
            "Newey-West (Bartlett kernel) lag for the Jones regression (default window - 1; the source's notebook used 1).",
            valueName: "L"))
    var hacLag: Int?

    @Flag(
        name: .customLong("hac-correction"), inversion: .prefixedNo,
        help:
            "jones-ols: scale the HAC covariance by n/(n - 3), statsmodels' use_correction=True (default off; the source's notebook: --hac-lag 1 --hac-correction)."
    )
    var hacCorrection: Bool?

    @Option(
        name: .customLong("window-mean"),
        help: "jones-ols: input observations averaged per window, k+1 (default: E_i..E_(i+k)) or k (E_i..E_(i+k-1)).")
    var windowMean: JonesWindowMean?

    @Option(
        help:
            "bayes-endpoint and bayes-series likelihood: exact (default) or published (emulates the source's gamma-overflow truncation)."
    )
    var likelihood: BayesLikelihood?

    @Option(help: ArgumentHelp("bayes-endpoint: Markov chains (default 8; bayes-series 4).", valueName: "N"))
    var chains: Int?

    @Option(
        help: ArgumentHelp(
            "bayes-endpoint: draws per chain after warm-up (default 25000; bayes-series 2500).", valueName: "N"))
    var draws: Int?

    @Option(
        help: ArgumentHelp("bayes-endpoint: warm-up draws per chain (default 5000; bayes-series 1500).", valueName: "N")
    )
    var warmup: Int?

    @Option(name: .customLong("format"), help: FormatChoice<EstimateFormats>.help())
    var formatChoice: FormatChoice<EstimateFormats>?

    /// The output format, if one was given.
    var format: ReportFormat? {
        get { formatChoice?.format }
        set { formatChoice = newValue.map(FormatChoice.init) }
    }

    /// The output-growth options, which are taken as a group: a command line that states any of
    /// them replaces all of the file's.
    var statesOutput: Bool {
        output != nil || doublingTime != nil || growthFactor != nil || over != nil || growthMultiple != nil
    }

    /// These options with every unset one taken from `defaults` (a data file's `# rdfit:` line).
    func merged(over defaults: EstimateOptions) -> EstimateOptions {
        var result = self
        if !statesOutput {
            result.output = defaults.output
            result.doublingTime = defaults.doublingTime
            result.growthFactor = defaults.growthFactor
            result.over = defaults.over
            result.growthMultiple = defaults.growthMultiple
            if interval == nil { result.interval = defaults.interval }
            if intervalLevel == nil { result.intervalLevel = defaults.intervalLevel }
        }
        if inputs.isEmpty { result.inputs = defaults.inputs }
        if weights.isEmpty { result.weights = defaults.weights }
        result.method = method ?? defaults.method
        result.growth = growth ?? defaults.growth
        result.cumulative = cumulative ?? defaults.cumulative
        result.years = years ?? defaults.years
        result.bootstrap = bootstrap ?? defaults.bootstrap
        result.blockLength = blockLength ?? defaults.blockLength
        result.replicates = replicates ?? defaults.replicates
        result.level = level ?? defaults.level
        result.intervalMethod = intervalMethod ?? defaults.intervalMethod
        result.seed = seed ?? defaults.seed
        result.window = window ?? defaults.window
        result.hacLag = hacLag ?? defaults.hacLag
        result.hacCorrection = hacCorrection ?? defaults.hacCorrection
        result.windowMean = windowMean ?? defaults.windowMean
        result.format = format ?? defaults.format
        // A method chosen on the command line over the file's drops the file's settings that only
        // its method reads (the file's --noise of mle under --method bayes-series, say).
        let sameMethod = method == nil || method == defaults.method
        result.likelihood = likelihood ?? (sameMethod ? defaults.likelihood : nil)
        result.chains = chains ?? (sameMethod ? defaults.chains : nil)
        result.draws = draws ?? (sameMethod ? defaults.draws : nil)
        result.warmup = warmup ?? (sameMethod ? defaults.warmup : nil)
        result.noise = noise ?? (sameMethod ? defaults.noise : nil)
        result.inputKind = inputKind ?? defaults.inputKind
        result.holdout = holdout ?? (sameMethod ? defaults.holdout : nil)
        return result
    }
}
