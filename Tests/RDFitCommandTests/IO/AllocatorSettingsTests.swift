import Testing

@testable import RDFitCommand

/// The allocator threshold that keeps a Bayesian run's freed multi-megabyte arrays from staying
/// resident is set through glibc's `mallopt`, found at run time.
@Suite("allocator settings")
struct AllocatorSettingsTests {
    @Test("mallopt is found and accepts the fixed mmap threshold")
    func thresholdIsSet() {
        #expect(AllocatorSettings.apply())
        #expect(AllocatorSettings.mapThreshold == 4 * 1024 * 1024)
    }
}
