import RDFit

/// Colours for charts: the Okabe–Ito palette, distinguishable under the common forms of colour
/// blindness (Okabe & Ito 2008, "Color Universal Design"), ordered for contrast on white.
public enum ChartPalette {
    /// Blue, vermillion, bluish green, reddish purple, orange, sky blue, black, yellow (last,
    /// because it has the least contrast on white).
    public static let series: [String] = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
    ]
    /// Okabe–Ito blue.
    public static let blue = "#0072B2"
    /// Okabe–Ito vermillion.
    public static let vermillion = "#D55E00"
    /// Okabe–Ito bluish green.
    public static let green = "#009E73"
    /// Okabe–Ito reddish purple.
    public static let purple = "#CC79A7"
    /// Okabe–Ito orange.
    public static let orange = "#E69F00"
    /// Okabe–Ito sky blue.
    public static let skyBlue = "#56B4E9"
    /// Black.
    public static let black = "#000000"
    /// Neutral grey for grids, notes and reference lines.
    public static let grey = "#666666"

    /// The colour of series `index` (0-based), cycling through ``series``.
    public static func color(at index: Int) -> String {
        series[((index % series.count) + series.count) % series.count]
    }
}
