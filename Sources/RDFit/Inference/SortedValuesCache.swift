/// A sorted array computed at most once and then shared, for ``ReplicateValues``: the values are
/// immutable, so every copy of them can read the same sorted copy. Thread-safe (a ``WorkerLock``
/// guards the first computation).
final class SortedValuesCache: @unchecked Sendable {
    private let lock = WorkerLock()
    private var sorted: [Double]?

    /// The stored array, or `compute()` stored and returned the first time.
    func value(_ compute: () -> [Double]) -> [Double] {
        lock.withLock {
            if let sorted { return sorted }
            let computed = compute()
            sorted = computed
            return computed
        }
    }
}
