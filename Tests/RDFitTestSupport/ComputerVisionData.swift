import RDFit

/// The computer-vision research input used across the test suites: unique authors, t = 0..9
/// (Erdil, Besiroglu & Ho 2024, as in `Data/computer-vision.csv`).
public enum ComputerVisionData {
    /// Unique authors publishing relevant work each year.
    public static let authors: [Double] = [111, 174, 505, 1446, 3564, 7821, 14147, 22062, 25758, 34543]
    /// Years since the first year, 0…9.
    public static let years: [Double] = (0..<10).map(Double.init)
    /// The authors as a ``TimeSeries`` named `unique_authors`.
    public static let authorSeries = TimeSeries(name: "unique_authors", years: years, values: authors)
}
