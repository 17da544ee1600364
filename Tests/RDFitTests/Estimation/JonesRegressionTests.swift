import Foundation
import Testing

@testable import RDFit

@Suite("Jones regression")
struct JonesRegressionTests {
    /// Yearly samples of dA/dt = θ·A^(1−β)·E^λ with E = e^(g t), integrated by RK4 from A far
    /// below its balanced path, so that ln A and ln E vary independently enough to separate β and λ.
    static func lawOfMotion(
        beta: Double, lambda: Double, years: Int, step: Double = 1, noise: Double = 0, seed: UInt64 = 1
    ) -> (years: [Double], a: [Double], e: [Double]) {
        let theta = 0.5, g = 0.3
        var logA = 0.0
        var t = 0.0
        let h = 0.001
        var ys: [Double] = [], a: [Double] = [], e: [Double] = []
        var generator = Xoshiro256StarStar(seed: seed)
        func f(_ t: Double, _ logA: Double) -> Double { theta * exp(-beta * logA + lambda * g * t) }
        for index in 0..<Int((Double(years) / step).rounded()) {
            let year = Double(index) * step
            ys.append(year)
            a.append(exp(logA + noise * generator.nextStandardNormal()))
            e.append(exp(g * year))
            for _ in 0..<Int((step / h).rounded()) {
                let k1 = f(t, logA), k2 = f(t + h / 2, logA + h / 2 * k1), k3 = f(t + h / 2, logA + h / 2 * k2),
                    k4 = f(t + h, logA + h * k3)
                logA += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
                t += h
            }
        }
        return (ys, a, e)
    }

    @Test("recovers β, λ and r = λ/β from a noiseless law of motion sampled every 0.1 years (window 1)")
    func recoversParameters() throws {
        // Window growth is an average over the window while ln A is taken at its start: the
        // discretisation bias shrinks with the sampling step (β̂ is 1.19 with yearly samples).
        let data = Self.lawOfMotion(beta: 1.5, lambda: 1.2, years: 40, step: 0.1)
        let spec = try JonesSpecification(
            inputs: [TimeSeries(name: "E", years: data.years, values: data.e)],
            output: TimeSeries(name: "A", years: data.years, values: data.a), window: 1,
            bootstrap: BootstrapSpecification(scheme: .movingBlock(length: 3), replicates: 200, seed: 3))
        let result = try JonesRegression.estimate(spec)
        #expect(abs(result.beta!.estimate - 1.5) < 0.1)
        #expect(abs(result.lambda!.estimate - 1.2) < 0.1)
        #expect(abs(result.r.estimate - 0.8) < 0.05)
        #expect(result.lambda!.standardError!.isFinite)
    }

    @Test("too short a series for the window is a data error naming the fix")
    func tooFewWindows() throws {
        let data = Self.lawOfMotion(beta: 1.5, lambda: 1.2, years: 12)
        let spec = try JonesSpecification(
            inputs: [TimeSeries(name: "E", years: data.years, values: data.e)],
            output: TimeSeries(name: "A", years: data.years, values: data.a), window: 10,
            bootstrap: BootstrapSpecification(replicates: 50, seed: 3))
        #expect {
            try JonesRegression.estimate(spec)
        } throws: { error in
            (error as? DataError)?.kind == .tooFewPoints && "\(error)".contains(Setting.window.mention)
        }
    }
}
