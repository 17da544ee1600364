/// Which observations of the composite input the Jones regression averages for a window that
/// starts at observation i and spans k observations of growth, (ln A_(i+k) − ln A_i)/(t_(i+k) − t_i).
///
/// The choice moves β̂ by up to about 10% on short series, so it is a stated setting.
public enum JonesWindowMean: String, Sendable, Hashable, Codable, CaseIterable {
    /// The k + 1 observations E_i … E_(i+k), both ends of the growth interval (the default).
    case windowPlusOne = "k+1"
    /// The k observations E_i … E_(i+k−1), one per year of growth.
    case window = "k"

    /// How many observations a window of `k` averages.
    public func observations(window k: Int) -> Int { self == .windowPlusOne ? k + 1 : k }
}
