#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator set for rdfit's allocations at start-up: large blocks mapped and unmapped
/// directly, at a fixed threshold.
///
/// glibc raises its mmap threshold each time a mapped block is freed, up to 32 MB, so after the
/// first multi-megabyte array of a Bayesian run (a chain's draws, a diagnostic's scores) is
/// freed, later ones come from the heaps of the worker threads and stay resident after they are
/// freed: `rdfit reproduce table4-endpoint` peaked at 47–53 MB, 44–45 MB with the threshold fixed
/// (issue 13). Fixing it (which also turns the raising off) returns each large block to the system
/// when it is freed. At 4 MiB rather than the first 256 KiB, the summaries' arrays of pooled runs
/// (a few hundred kilobytes to a megabyte each, one set per quantity) are reused from the heap
/// instead of being mapped and faulted in afresh: the reproduction takes 26,700 page faults
/// instead of 49,000 and 4% less CPU, at the same peak (26.6 MB); the 22-row job peaks at 14.7 MB
/// (15.5 before), a Bayesian run of 1.6 million draws at 78 MB (74).
enum AllocatorSettings {
    /// Allocations of at least this many bytes are mapped directly, 4 MiB.
    static let mapThreshold: Int32 = 4 * 1024 * 1024
    /// glibc's `M_MMAP_THRESHOLD` parameter of `mallopt` (`<malloc.h>`, not imported by Swift).
    static let mapThresholdParameter: Int32 = -3

    /// Sets the threshold through glibc's `mallopt`; returns whether it was set (false where the
    /// C library has no `mallopt`).
    @discardableResult
    static func apply() -> Bool {
        #if canImport(Glibc)
        // RTLD_DEFAULT (a null handle): the symbol as the process resolves it.
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        return unsafeBitCast(symbol, to: Mallopt.self)(mapThresholdParameter, mapThreshold) == 1
        #else
        return false
        #endif
    }
}
