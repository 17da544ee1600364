// libFuzzer target: the whole estimate pipeline on arbitrary bytes.
//
// The first byte (if any) picks the settings, the rest is a CSV file: parse, choose columns as
// `rdfit estimate` does by default (every column but year is an input; with a level output the
// last column is the output), build the specification, estimate with a few replicates, and form
// every interval. Allowed outcomes: a result, or a DataError / SpecificationError /
// LinearAlgebraError with a one-line message. A result's r must be finite (the Jones regression
// may leave it undefined with a non-positive-beta diagnostic), an undefined interval needs a
// diagnostic, and interval ends must be ordered when both are finite.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEstimatePipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let settings = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let table: DataTable
    do {
        table = try DataTable.parse(bytes: bytes)
    } catch {
        return 0
    }
    guard table.years.count <= 2_000, table.columns.count <= 16 else { return 0 }
    let schemes: [ResamplingScheme] = [.pairs, .residual, .movingBlock(length: 2), .stationary(meanLength: 2.5)]
    let scheme = schemes[Int(settings & 3)]
    let growth: GrowthMethod = settings & 4 == 0 ? .leastSquares : .endpoints
    let intervalMethod = IntervalMethod.allCases[Int((settings >> 3) & 3)]
    let outputForm = Int((settings >> 5) & 3)   // 0 series + steady state, 1 doubling time, 2 multiple, 3 Jones
    let level = settings & 0x80 == 0 ? 0.9 : 0.95

    func series(_ column: DataColumn) -> TimeSeries {
        TimeSeries(name: column.name, years: table.years, values: column.values, lines: table.rowLines, column: column.fieldNumber)
    }
    do {
        let bootstrap = try BootstrapSpecification(scheme: scheme, replicates: 20, seed: UInt64(settings), threads: 1 + Int(settings & 1))
        let estimate: ReturnsEstimate
        let usesSeries = outputForm == 0 || outputForm == 3
        let inputColumns = usesSeries ? Array(table.columns.dropLast()) : table.columns
        guard !inputColumns.isEmpty, let last = table.columns.last else { return 0 }
        let inputs = inputColumns.map(series)
        switch outputForm {
        case 0:
            estimate = try SteadyStateEstimator.estimate(SteadyStateSpecification(
                inputs: inputs, output: .series(name: last.name), outputSeries: series(last), growthMethod: growth,
                level: level, intervalMethod: intervalMethod, bootstrap: bootstrap))
        case 1, 2:
            let output: OutputGrowth = outputForm == 1
                ? .doublingTime(months: 9, interval: try QuantityInterval(lower: 4, upper: 25, level: 0.95))
                : .growthMultiple(perYear: 3, interval: try QuantityInterval(lower: 2, upper: 5, level: 0.9))
            estimate = try SteadyStateEstimator.estimate(SteadyStateSpecification(
                inputs: inputs, output: output, growthMethod: growth, cumulative: settings & 2 != 0,
                level: level, intervalMethod: intervalMethod, bootstrap: bootstrap))
        default:
            estimate = try JonesRegression.estimate(JonesSpecification(
                inputs: inputs, output: series(last), window: 1 + Int(settings & 3), level: level,
                intervalMethod: intervalMethod, bootstrap: bootstrap))
        }
        if !estimate.r.estimate.isFinite {
            // Only the Jones regression may return an undefined r, and then it says why.
            fuzzCheck(estimate.method == .jonesOLS && estimate.diagnostics.contains { $0.code == .nonPositiveBeta },
                      "a non-finite r (\(estimate.r.estimate)) comes with a non-positive-beta diagnostic")
        }
        if estimate.r.estimate.isFinite && (estimate.r.lower.isNaN || estimate.r.upper.isNaN) {
            fuzzCheck(!estimate.diagnostics.isEmpty, "an undefined interval comes with a diagnostic")
        }
        if estimate.r.lower.isFinite && estimate.r.upper.isFinite {
            fuzzCheck(estimate.r.lower <= estimate.r.upper, "interval ends are ordered: \(estimate.r.lower) > \(estimate.r.upper)")
        }
        if let replicates = estimate.replicates {
            for method in IntervalMethod.allCases { _ = replicates.confidenceInterval(method, level: level) }
            _ = replicates.diagnostics(level: level)
        }
        for message in estimate.diagnostics.map(\.message) { fuzzCheck(!message.contains("\n"), "diagnostics are one line") }
    } catch let error as DataError {
        fuzzCheck(!error.message.isEmpty && !error.message.contains("\n"), "one-line data error: \(error.message)")
    } catch let error as SpecificationError {
        fuzzCheck(!error.message.isEmpty && !error.message.contains("\n"), "one-line specification error: \(error.message)")
    } catch let error as LinearAlgebraError {
        fuzzCheck(!error.description.contains("\n"), "one-line linear-algebra error")
    } catch {
        fuzzCheck(false, "the pipeline threw an unexpected error type: \(error)")
    }
    return 0
}
