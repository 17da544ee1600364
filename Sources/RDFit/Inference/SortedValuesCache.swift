#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A sorted array computed at most once and then shared, for ``ReplicateValues``: the values are
/// immutable, so every copy of them can read the same sorted copy. Thread-safe (a mutex guards
/// the first computation); the class is final and holds no other state.
final class SortedValuesCache: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var sorted: [Double]?

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// The stored array, or `compute()` stored and returned the first time.
    func value(_ compute: () -> [Double]) -> [Double] {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let sorted { return sorted }
        let computed = compute()
        sorted = computed
        return computed
    }
}
