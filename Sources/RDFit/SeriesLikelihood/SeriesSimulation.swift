#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Level series simulated from the full-series transition law, for parametric bootstraps and for
/// validation studies (coverage of intervals, size of the r = 1 test).
public enum SeriesSimulation {
    /// Simulates levels at the output dates of `template`, from its first level, through
    /// A_(i+1)^β = A_i^β + θβ·I_i(λ) + s_i·ε_i with the template's input integrals. A transition
    /// that does not start where the previous one ended (an equal-date skip) restarts at the
    /// template's observed level. A draw that would make A^β ≤ 0 is redrawn (the simulated law is
    /// the transition law conditioned on positive levels); after 1,000 redraws the simulation fails.
    /// - Returns: the template with simulated levels, or nil when a level could not be kept positive.
    static func simulate(
        _ template: SeriesData, parameters p: SeriesParameters, noise: SeriesNoise,
        generator: inout Xoshiro256StarStar
    ) -> SeriesData? {
        let law = noise == .stable ? try? StableDistribution(alpha: p.alpha, skewness: p.skewness) : nil
        let alpha = noise == .stable ? p.alpha : 2
        var start: [Double] = [], end: [Double] = []
        var previous: Double?
        for i in 0..<template.transitionCount {
            let contiguous =
                i > 0 && template.startDates[i] == template.endDates[i - 1]
                && template.startLevels[i] == template.endLevels[i - 1]
            let a0 = contiguous ? (previous ?? template.startLevels[i]) : template.startLevels[i]
            let integral = template.inputIntegral(i, lambda: p.lambda)
            let x0 = pow(a0, p.beta)
            let scale = p.sigma * pow(a0, p.beta * (1 - 1 / alpha)) * pow(integral, 1 / alpha)
            var x1 = -1.0
            for _ in 0..<1000 {
                let noiseDraw = law.map { $0.random(using: &generator) } ?? generator.nextStandardNormal()
                x1 = x0 + p.theta * p.beta * integral + scale * noiseDraw
                if x1 > 0 && x1.isFinite { break }
            }
            guard x1 > 0 && x1.isFinite else { return nil }
            let a1 = pow(x1, 1 / p.beta)
            guard a1 > 0 && a1.isFinite else { return nil }
            start.append(a0)
            end.append(a1)
            previous = a1
        }
        return template.replacingLevels(start: start, end: end)
    }

    /// A level series simulated from known parameters at the given dates, for validation studies.
    /// - Parameters:
    ///   - parameters: the true parameters (α, skewness used for stable noise).
    ///   - noise: the law of ε.
    ///   - dates: output dates, increasing (at least 9, giving 8 transitions).
    ///   - initialLevel: A at the first date, positive.
    ///   - input: the research-input series; it must cover the dates.
    ///   - inputKind: how the input is read.
    ///   - generator: the seeded generator (use one stream per simulated series).
    /// - Returns: the series A at `dates`, named `simulated`.
    /// - Throws: ``DataError`` when the dates and input do not make valid transitions;
    ///   ``SeriesFitError`` (`invalidSetting`) when a level could not be kept positive.
    public static func levels(
        parameters: SeriesParameters, noise: SeriesNoise, dates: [Double], initialLevel: Double,
        input: TimeSeries, inputKind: SeriesInputKind,
        generator: inout Xoshiro256StarStar
    ) throws -> TimeSeries {
        let placeholder = TimeSeries(name: "simulated", years: dates, values: dates.map { _ in initialLevel })
        let template = try SeriesData(output: placeholder, input: input, inputKind: inputKind)
        guard template.skippedEqualDates == 0 else {
            throw SeriesFitError(.invalidSetting, subject: "dates", reason: "simulation dates must be distinct")
        }
        guard let simulated = simulate(template, parameters: parameters, noise: noise, generator: &generator) else {
            throw SeriesFitError(
                .invalidSetting, subject: "parameters",
                reason: "the simulated level did not stay positive; lower sigma or raise theta")
        }
        return TimeSeries(name: "simulated", years: dates, values: [initialLevel] + simulated.endLevels)
    }

    /// A simulated data set for tests, benchmarks and validation studies: quarterly output dates
    /// over `transitions` quarters from level 1, and a yearly flow input growing 5% a year, with
    /// swings of amplitude `swings` on the log scale (they separate λ from the time trend).
    package static func quarterlyData(
        transitions: Int, parameters: SeriesParameters, noise: SeriesNoise, seed: UInt64, swings: Double = 0
    ) throws -> SeriesData {
        let dates = (0...transitions).map { Double($0) * 0.25 }
        let years = (0...(transitions / 4 + 1)).map(Double.init)
        let input = TimeSeries(
            name: "input", years: years, values: years.map { 100 * exp(0.05 * $0 + swings * sin($0 / 3)) })
        var generator = Xoshiro256StarStar(seed: seed)
        let output = try levels(
            parameters: parameters, noise: noise, dates: dates, initialLevel: 1,
            input: input, inputKind: .flow, generator: &generator)
        return try SeriesData(output: output, input: input, inputKind: .flow)
    }
}
