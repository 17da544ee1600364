/// Values read and written from worker threads, one per index (each index by one thread at a
/// time): per-chain state of the samplers, the results of runs side by side.
final class LockedArray<Element: Sendable>: @unchecked Sendable {
    private let lock = WorkerLock()
    private var values: [Element]

    init(_ values: [Element]) { self.values = values }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> Element {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
    }

    /// Runs `body` on the value at `index` under the lock (a read-modify-write, e.g. taking the
    /// next index of a work queue) and returns its result.
    func update<Result>(_ index: Int, _ body: (inout Element) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&values[index])
    }
}
