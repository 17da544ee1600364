/// A setting of a specification, named in the library's vocabulary.
///
/// ``SpecificationError`` names the setting at fault with one of these; a front end maps them to its
/// own spelling (the command-line tool maps each to its option flag in one table).
///
/// Messages (of errors and diagnostics) that point at a setting write its ``mention``, the raw value
/// in backticks (e.g. "raise `replicates`"), so a front end can put its own spelling in its place.
public enum Setting: String, Sendable, Hashable, Codable, CaseIterable {
    /// A research-input column or series.
    case input
    /// The Cobb-Douglas weight of an input.
    case weight
    /// The output level series.
    case output
    /// The output's doubling time in months.
    case doublingTime
    /// The output's growth factor over a horizon.
    case growthFactor
    /// The horizon, in years, of the output's growth factor.
    case growthHorizon
    /// The output's growth multiple per year.
    case growthMultiple
    /// The reported interval on the output quantity.
    case interval
    /// The level of the reported interval on the output quantity.
    case intervalLevel
    /// The estimator.
    case method
    /// How growth rates are fitted (least squares or endpoints).
    case growthMethod
    /// The bootstrap resampling scheme.
    case resamplingScheme
    /// The method of the interval on r.
    case intervalMethod
    /// Whether inputs are cumulated (running totals).
    case cumulative
    /// The likelihood of the Bayesian single-endpoint model.
    case likelihood
    /// The years used.
    case years
    /// The bootstrap block length (mean length for the stationary bootstrap).
    case blockLength
    /// The number of bootstrap replicates.
    case replicates
    /// The level of the interval on r.
    case level
    /// The Jones regression window in observations.
    case window
    /// The Newey–West lag of the Jones regression.
    case hacLag
    /// Whether the Jones regression's Newey–West covariance has the small-sample correction n/(n − p).
    case hacCorrection
    /// Which input observations a Jones regression window averages (k + 1 or k).
    case windowMean
    /// A horizon: the Bayesian endpoint horizon in years, or a simulation horizon in months.
    case horizon
    /// The number of MCMC chains.
    case chains
    /// The number of MCMC draws per chain.
    case draws
    /// The number of MCMC warm-up iterations per chain.
    case warmUp
    /// The number of posterior draws kept in a result.
    case storedDraws
    /// The number of worker threads.
    case threads
    /// A spillover in levels (effective input = input + w·series).
    case spillover
    /// A spillover in growth form (a share of another series' growth).
    case spilloverShare
    /// The compute share ε_K of a compute bottleneck.
    case computeShare
    /// A multiplier on r for unmeasured output or fixed hardware.
    case outputMultiplier
    /// An assumption varied in a sensitivity analysis, with its range.
    case assumptionRange
    /// The number of points of a sensitivity sweep or grid.
    case points
    /// The number of Monte-Carlo samples.
    case samples
    /// The returns to software R&D, r.
    case returns
    /// The first doubling time after automation.
    case firstDoubling
    /// The first doubling time after automation, in days.
    case firstDoublingDays
    /// The number of doublings to list.
    case doublings
    /// The most doublings a sequence may list.
    case maximumDoublings
    /// The month length in days.
    case daysPerMonth
    /// The toy model's growth of papers per doubling.
    case paperGrowth
    /// The toy model's papers in the first doubling.
    case firstDoublingPapers
    /// The toy model's initial researchers.
    case researchers
    /// The toy model's papers per researcher-month.
    case papersPerMonth
    /// The ratio of successive training-run durations.
    case trainingRunRatio
    /// The first training run's duration.
    case firstTrainingRun
    /// The number of training runs.
    case trainingRuns
    /// The automation loop's initial speed-up f.
    case speedUp
    /// The automation loop's parallel penalty p.
    case parallelPenalty
    /// The automation loop's distance to limits, in years of progress.
    case distanceToLimits
    /// Software's share of AI progress.
    case softwareShare
    /// Today's software doubling time, in months.
    case softwareDoublingTime
    /// An outcome of the automation loop: years of progress within months.
    case progressCondition
    /// Supplied draws of r.
    case returnsDraws
    /// The file the draws behind an estimate are saved to.
    case savedDraws
    /// The elasticity of substitution σ of a CES research input.
    case substitution
    /// Experiment compute's growth rate.
    case computeGrowth
    /// Compute's share of a CES research input at automation.
    case computeWeight
    /// The elasticity of substitution behind an explosion verdict on an estimate.
    case computeSubstitution
    /// The noise law of the full-series likelihood (Gaussian or α-stable).
    case noise
    /// How the research input of the full-series likelihood is read (flow or cumulative count).
    case inputKind
    /// The share of transitions held out, at the end, in the full-series hold-out.
    case holdOut
    /// The width of a chart, in SVG user units.
    case plotWidth
    /// The height of a chart, in SVG user units.
    case plotHeight

    /// The setting as a message writes it: its raw value in backticks, e.g. a backticked `replicates`.
    public var mention: String { "`\(rawValue)`" }
}
