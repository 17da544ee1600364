/// Which of the three post-automation outcomes a value of r implies.
///
/// With research effort proportional to software and hardware fixed, r > 1 gives growth that
/// diverges in finite time (a software intelligence explosion), r < 1 gives doublings that take
/// longer and longer (a fizzle), and r = 1 gives steady exponential growth
/// (Eth & Davidson 2025, Tables 2–3 and Figure 9; <doc:DoublingDynamics>).
public enum GrowthRegime: String, Sendable, Hashable, Codable, CaseIterable {
    /// r < 1: each doubling takes longer than the last.
    case fizzle
    /// r = 1: every doubling takes the same time.
    case exponential
    /// r > 1: each doubling is faster; infinitely many doublings fit in a finite time.
    case explosion

    /// The regime of a given r (exactly 1 is exponential).
    ///
    /// - Parameter r: The returns to software R&D, r = λ/β.
    public init(r: Double) {
        if r < 1 {
            self = .fizzle
        } else if r > 1 {
            self = .explosion
        } else {
            self = .exponential
        }
    }
}
