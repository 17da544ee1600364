import ArgumentParser
import RDFit

/// The options of `rdfit simulate --runs N`, the automation-loop Monte Carlo (Davidson & Houlden
/// 2025). `--r` and `--horizon` are shared with the deterministic mode and live in
/// ``SimulateCommand``; `--seed` and `--format` are the estimate options' (``EstimateOptions``),
/// which `--r-from` also uses.
struct MonteCarloOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Run the automation-loop Monte Carlo with N runs (at most 10^7).", valueName: "N"))
    var runs: Int?

    @Option(
        name: .customLong("r-draws"),
        help: ArgumentHelp(
            "Take r0 from the column r of this CSV (one draw per line).", valueName: "FILE.csv"))
    var rDraws: String?

    @Option(
        name: .customLong("r-from"),
        help: ArgumentHelp(
            "Take r0 from draws of rdfit's estimate on this data file, after the adjustments.",
            valueName: "FILE.csv"))
    var rFrom: String?

    @Option(
        name: .customLong("speed-up"),
        help: ArgumentHelp("Initial speed-up f, log-uniform (default 2:32).", valueName: "LO:HI"),
        transform: NumericDistribution.parse)
    var speedUp: NumericDistribution?

    @Option(
        name: .customLong("parallel-penalty"),
        help: ArgumentHelp("Parallel penalty p, log-uniform (default 0.15:0.6).", valueName: "LO:HI"),
        transform: NumericDistribution.parse)
    var parallelPenalty: NumericDistribution?

    @Option(
        name: .customLong("limit-years"),
        help: ArgumentHelp("Distance to limits in years, uniform (default 6:16).", valueName: "LO:HI"),
        transform: NumericDistribution.parse)
    var limitYears: NumericDistribution?

    @Option(
        name: .customLong("software-share"),
        help: ArgumentHelp("Software's share of AI progress, in (0, 1) (default 0.5).", valueName: "S"),
        transform: NumericValue.parse)
    var softwareShare: NumericValue?

    @Option(
        name: .customLong("recent-doubling-time"),
        help: ArgumentHelp("Today's software doubling time in months (default 3).", valueName: "MONTHS"),
        transform: NumericValue.parse)
    var recentDoublingTime: NumericValue?

    @Option(help: ArgumentHelp("The published ranges to start from (the default).", valueName: "NAME"))
    var preset: MonteCarloPreset?

    @Option(
        help: ArgumentHelp(
            "Retraining cost: none (default), code (x/|x+1|) or paper (x/(1+|x|)).", valueName: "FORM"))
    var retraining: RetrainingChoice?

    @Flag(name: .customLong("gradual-boost"), help: "The speed-up ramps up over five years.")
    var gradualBoost = false

    @Flag(name: .customLong("constant-r"), help: "r stays at r0 instead of falling.")
    var constantR = false

    @Option(
        name: .customLong("first-doubling-convention"),
        help: ArgumentHelp(
            "First doubling T0/f (speed-up, default) or T0/(1+f) (one-plus-speed-up).", valueName: "C"))
    var firstDoublingConvention: FirstDoublingChoice?

    @Option(
        help: ArgumentHelp(
            "CES research input with this elasticity of substitution σ > 0 between labour and compute, "
                + "or a second-hand preset: whitfill-wu-2025 (2.58), whitfill-wu-2025-frontier (0.05), cobb-douglas (1).",
            valueName: "SIGMA"), transform: SubstitutionElasticity.parse)
    var substitution: SubstitutionElasticity?

    @Option(
        name: .customLong("compute-growth"),
        help: ArgumentHelp(
            "With --substitution: experiment compute's growth rate per year, natural log (default 0: fixed).",
            valueName: "G"), transform: NumericValue.parse)
    var computeGrowth: NumericValue?

    @Option(
        name: .customLong("compute-weight"),
        help: ArgumentHelp(
            "With --substitution: compute's share of research input at automation, in (0, 1) (default 0.67).",
            valueName: "E"), transform: NumericValue.parse)
    var computeWeight: NumericValue?

    @Option(
        help: ArgumentHelp(
            "Also estimate P(at least YEARS of progress within MONTHS); repeatable.",
            valueName: "YEARS:MONTHS"), transform: ProgressConditionValue.parse)
    var compress: [ProgressConditionValue] = []

    /// The Monte-Carlo-only options given, by flag, for refusing them without `--runs`.
    var givenFlags: [String] {
        var flags: [String] = []
        if rDraws != nil { flags.append("--r-draws") }
        if rFrom != nil { flags.append("--r-from") }
        if speedUp != nil { flags.append("--speed-up") }
        if parallelPenalty != nil { flags.append("--parallel-penalty") }
        if limitYears != nil { flags.append("--limit-years") }
        if softwareShare != nil { flags.append("--software-share") }
        if recentDoublingTime != nil { flags.append("--recent-doubling-time") }
        if preset != nil { flags.append("--preset") }
        if retraining != nil { flags.append("--retraining") }
        if gradualBoost { flags.append("--gradual-boost") }
        if constantR { flags.append("--constant-r") }
        if firstDoublingConvention != nil { flags.append("--first-doubling-convention") }
        if !compress.isEmpty { flags.append("--compress") }
        if substitution != nil { flags.append("--substitution") }
        if computeGrowth != nil { flags.append("--compute-growth") }
        if computeWeight != nil { flags.append("--compute-weight") }
        return flags
    }
}

/// `--preset`.
enum MonteCarloPreset: String, ArgumentChoice {
    case davidsonHoulden2025 = "davidson-houlden-2025"
}

/// `--retraining`.
enum RetrainingChoice: String, ArgumentChoice {
    case none, code, paper

    var cost: RetrainingCost {
        switch self {
        case .none: return .none
        case .code: return .codeForm
        case .paper: return .paperForm
        }
    }
}

/// `--first-doubling-convention`.
enum FirstDoublingChoice: String, ArgumentChoice {
    case speedUp = "speed-up"
    case onePlusSpeedUp = "one-plus-speed-up"

    var convention: FirstDoublingConvention {
        switch self {
        case .speedUp: return .dividedBySpeedUp
        case .onePlusSpeedUp: return .dividedByOnePlusSpeedUp
        }
    }
}
