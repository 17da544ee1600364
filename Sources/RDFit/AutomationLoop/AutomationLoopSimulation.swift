import Dispatch

/// A seeded Monte Carlo of the automated research loop (Davidson & Houlden 2025; <doc:AutomationLoop>).
///
/// Run j draws its parameters from `Xoshiro256StarStar(seed:stream: j)`
/// (``AutomationLoopRunParameters/init(run:of:)``), runs the doubling recurrence, folds its
/// outcomes into integer counts and discards its path, so memory does not grow with the number
/// of runs and results are identical for any thread count.
///
/// ```swift
/// let specification = try AutomationLoopSpecification.davidsonHoulden2025(runs: 100_000, seed: 1)
/// let result = AutomationLoopSimulation(specification: specification).run(threads: 2)
/// let p = result.outcome(for: .tenYearsInOneYear)?.probability
/// ```
public struct AutomationLoopSimulation: Sendable {
    /// The settings.
    public let specification: AutomationLoopSpecification

    /// Creates a simulation of a checked specification.
    public init(specification: AutomationLoopSpecification) {
        self.specification = specification
    }

    /// Runs every run and summarises them.
    /// - Parameter threads: worker threads (at least 1); the result does not depend on it.
    /// - Returns: probabilities, quantiles, end reasons and bands, with the specification.
    public func run(threads: Int = 1) -> AutomationLoopResult {
        let runs = specification.runs
        let workers = max(1, min(threads, runs))
        let chunks = workers == 1 ? 1 : min(runs, workers * 8)
        let slots = TallySlots(count: chunks, specification: specification)
        let specification = self.specification
        let work: @Sendable (Int) -> Void = { chunk in
            let start = chunk * runs / chunks
            let end = (chunk + 1) * runs / chunks
            var tally = AutomationLoopTally(specification: specification)
            var recorder = TimesRecorder()
            for index in start..<end {
                recorder.times.removeAll(keepingCapacity: true)
                let parameters = AutomationLoopRunParameters(run: index, of: specification)
                let reason = specification.simulate(parameters, recorder: &recorder)
                tally.add(times: recorder.times, endReason: reason)
            }
            slots.pointer[chunk] = tally
        }
        if chunks == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        }
        var total = AutomationLoopTally(specification: specification)
        for tally in slots.pointer { total.merge(tally) }
        return AutomationLoopResult(specification: specification, tally: total)
    }

    /// The full path of run `index` of this simulation (0 ≤ index < runs), as the Monte Carlo
    /// ran it.
    public func trajectory(ofRun index: Int) -> AutomationLoopTrajectory {
        trajectory(AutomationLoopRunParameters(run: index, of: specification))
    }

    /// The full path of one run with the given parameters under this specification's fixed
    /// settings (software share, T₀, horizon, variants).
    public func trajectory(_ parameters: AutomationLoopRunParameters) -> AutomationLoopTrajectory {
        var recorder = TrajectoryRecorder(doublingsPerYear: specification.doublingsPerYearOfProgress)
        let reason = specification.simulate(parameters, recorder: &recorder)
        return AutomationLoopTrajectory(parameters: parameters, points: recorder.points, endReason: reason)
    }
}

/// One tally per chunk, written by worker threads at disjoint positions.
final class TallySlots: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<AutomationLoopTally>

    init(count: Int, specification: AutomationLoopSpecification) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: AutomationLoopTally(specification: specification))
    }

    deinit {
        pointer.deinitialize()
        pointer.deallocate()
    }
}
