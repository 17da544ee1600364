import Dispatch

/// Runs bootstrap replicates of a ``BootstrapStatistic`` in parallel, deterministically.
public enum Bootstrap {
    /// Computes the original estimate, B replicates and (optionally) the jackknife.
    ///
    /// Replicate b uses `Xoshiro256StarStar(seed:stream: b)`: it first draws the resample indices
    /// (``ResamplingScheme/fillIndices(_:generator:)``, or the same draws fused with the gather in
    /// ``BootstrapStatistic/resampleAndEvaluate(number:scheme:indices:generator:workspace:)``), then
    /// the statistic draws whatever else it needs from the same stream. Threads take contiguous ranges of replicates, so the stored
    /// replicates are identical for any thread count.
    /// - Parameters:
    ///   - statistic: the statistic and its data.
    ///   - specification: scheme, B, seed, threads.
    ///   - jackknife: whether to compute the leave-one-out values (needed for BCa).
    /// - Returns: the stored replicates; failed replicates are NaN and counted.
    public static func run<Statistic: BootstrapStatistic>(
        _ statistic: Statistic, specification: BootstrapSpecification, jackknife: Bool = true
    ) -> BootstrapReplicates {
        let n = statistic.observationCount
        let b = specification.replicates
        var workspace = statistic.makeWorkspace()
        let estimate = statistic.originalEstimate(workspace: &workspace) ?? .nan
        let threads = max(1, min(specification.threads, b))
        // Several chunks per thread, so that a worker that wakes late (common on virtual machines)
        // leaves its share to the others instead of holding up the run. Which replicates a chunk
        // holds does not affect any value: replicate b always draws from stream b.
        let chunks = threads == 1 ? 1 : min(b, threads * 8)
        let scheme = specification.scheme
        let seed = specification.seed
        // The workers write straight into the result's storage (no second buffer of B values).
        var values = [Double](repeating: .nan, count: b)
        values.withUnsafeMutableBufferPointer { storage in
            let target = DisjointWrites(pointer: storage)
            let work: @Sendable (Int) -> Void = { chunk in
                let start = chunk * b / chunks
                let end = (chunk + 1) * b / chunks
                var workspace = statistic.makeWorkspace()
                var indices = [Int](repeating: 0, count: n)
                for replicate in start..<end {
                    var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(replicate))
                    let value = statistic.resampleAndEvaluate(
                        number: replicate, scheme: scheme, indices: &indices, generator: &generator,
                        workspace: &workspace)
                    target.pointer[replicate] = value.flatMap { $0.isFinite ? $0 : nil } ?? .nan
                }
            }
            if threads == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
            }
        }
        let jackknifeValues = jackknife ? Self.jackknife(statistic, workspace: &workspace) : nil
        return BootstrapReplicates(
            estimate: estimate, values: values, jackknife: jackknifeValues, specification: specification)
    }

    /// The statistic on the original data and its leave-one-out values (NaN where undefined; nil
    /// with fewer than two observations), computed as ``run(_:specification:jackknife:)`` computes
    /// them, for replicates that are derived rather than run (the Jones regression's r = λ/β).
    static func estimateAndJackknife<Statistic: BootstrapStatistic>(
        _ statistic: Statistic
    ) -> (estimate: Double, jackknife: [Double]?) {
        var workspace = statistic.makeWorkspace()
        let estimate = statistic.originalEstimate(workspace: &workspace) ?? .nan
        return (estimate, jackknife(statistic, workspace: &workspace))
    }

    private static func jackknife<Statistic: BootstrapStatistic>(
        _ statistic: Statistic, workspace: inout Statistic.Workspace
    ) -> [Double]? {
        let n = statistic.observationCount
        guard n >= 2 else { return nil }
        return (0..<n).map { statistic.leavingOut($0, workspace: &workspace) ?? .nan }
    }
}

/// An array's storage that worker threads write to at disjoint positions, while the array is
/// held by `withUnsafeMutableBufferPointer`.
struct DisjointWrites: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Double>
}

/// A fixed-size buffer that worker threads write to at disjoint positions.
final class SendableBuffer: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Double>
    init(count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: .nan)
    }
    func toArray() -> [Double] { Array(pointer) }
    deinit { pointer.deallocate() }
}
