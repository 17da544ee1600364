import Dispatch
import Foundation
import RDFit

/// The job `Benchmarks/compare-peers.sh` runs in rdfit, SciPy and R: 10,000 pairs-bootstrap refits
/// of the 20×3 least-squares problem (statistic: the x1 slope, coefficient 1), with the jackknife
/// and the 95% percentile and BCa intervals. Prints one JSON object: the median wall time over
/// `repeats` runs (after 300 ms of warm-up) on `threads` threads and on one thread, and the bounds.
func peerJob(design: Matrix, response: [Double], repeats: Int, threads: Int, seed: UInt64) throws -> String {
    func once(threads: Int) throws -> (milliseconds: Double, replicates: BootstrapReplicates) {
        let start = DispatchTime.now().uptimeNanoseconds
        let statistic = try RegressionStatistic(design: design, response: response, scheme: .pairs) { $0[1] }
        let spec = try BootstrapSpecification(scheme: .pairs, replicates: 10_000, seed: seed, threads: threads)
        let replicates = Bootstrap.run(statistic, specification: spec, jackknife: true)
        _ = replicates.confidenceIntervals([.percentile, .bca], level: 0.95)
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, replicates)
    }
    func medianTime(threads: Int) throws -> Double {
        // Warm up for 300 ms, not one run: on this virtual machine an idle second vCPU takes tens
        // of milliseconds to come back, and a short warm-up left some runs on one core.
        let warmUpEnd = DispatchTime.now().uptimeNanoseconds + 300_000_000
        while DispatchTime.now().uptimeNanoseconds < warmUpEnd { _ = try once(threads: threads) }
        var times: [Double] = []
        for _ in 0..<repeats {
            times.append(try once(threads: threads).milliseconds)
        }
        return Quantile.of(times, [0.5])[0]
    }
    let result = try once(threads: threads).replicates
    let percentile = result.confidenceInterval(.percentile, level: 0.95)
    let bca = result.confidenceInterval(.bca, level: 0.95)
    let fields: [String: Any] = [
        "tool": "rdfit",
        "milliseconds": try medianTime(threads: threads),
        "milliseconds_one_thread": try medianTime(threads: 1),
        "threads": threads,
        "estimate": result.estimate,
        "standard_error": result.standardError,
        "failed": result.failedReplicates,
        "percentile": [percentile.lower, percentile.upper],
        "bca": [bca.lower, bca.upper],
    ]
    let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}
