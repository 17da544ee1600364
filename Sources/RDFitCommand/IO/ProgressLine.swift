import Dispatch
import RDFit

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One progress line on standard error, redrawn in place (`\r`). A redraw happens only when the
/// text changes and at most ``minimumInterval`` after the last one, so a sampler that reports
/// after every draw costs a few writes a second, not tens of kilobytes. ``Environment`` hands one
/// out only when standard error is a terminal; scripts and CI get no progress at all.
final class ProgressLine: @unchecked Sendable {
    /// The shortest time between redraws, in seconds: at most four a second.
    static let minimumInterval = 0.25
    /// How often ``ticking(_:_:)`` redraws its elapsed-time counter, in seconds.
    static let tickInterval = 0.5

    private let lock = WorkerLock()
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> Double
    private var shown = ""
    private var lastDraw = -Double.infinity
    private var stage = 0

    /// A line drawn with `write` (standard error in the command) and timed by `now` (seconds).
    init(
        write: @escaping @Sendable (String) -> Void,
        now: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    ) {
        self.write = write
        self.now = now
    }

    /// Shows `text` unless it is already on the line or the last redraw was under
    /// ``minimumInterval`` ago (`force` skips the second check, for a new stage).
    func show(_ text: String, force: Bool = false) {
        lock.withLock { draw(text, force: force) }
    }

    private func draw(_ text: String, force: Bool) {
        guard text != shown else { return }
        let time = now()
        guard force || time - lastDraw >= Self.minimumInterval else { return }
        write("\r\(text)\u{1B}[K")
        shown = text
        lastDraw = time
    }

    /// Erases the line, if anything is on it.
    func clear() {
        lock.withLock {
            stage += 1
            guard !shown.isEmpty else { return }
            write("\r\u{1B}[K")
            shown = ""
        }
    }

    /// A callback for a fraction done in [0, 1], shown as `label: 42%`; 1 erases the line.
    func fractionReporter(label: String) -> @Sendable (Double) -> Void {
        { [self] fraction in
            if fraction >= 1 {
                clear()
            } else {
                show("\(label): \(Int((max(0, fraction) * 100).rounded(.down)))%")
            }
        }
    }

    /// Runs `body` while the line shows `label` and, every ``tickInterval``, the seconds elapsed
    /// (`label, 12 s`), for a step that cannot report a fraction.
    func ticking<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let start = now()
        let current: Int = lock.withLock {
            stage += 1
            draw(label, force: true)
            return stage
        }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + Self.tickInterval, repeating: Self.tickInterval)
        timer.setEventHandler { [self] in
            lock.withLock {
                guard stage == current else { return }
                draw("\(label), \(Int(now() - start)) s", force: false)
            }
        }
        timer.resume()
        defer {
            timer.cancel()
            lock.withLock { if stage == current { stage += 1 } }
        }
        return try body()
    }
}
