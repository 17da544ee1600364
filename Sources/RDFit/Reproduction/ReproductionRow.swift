/// One published figure set beside rdfit's computation of it.
public struct ReproductionRow: Sendable, Codable, Hashable {
    /// Whether the computed value matches the published one.
    public enum Status: String, Sendable, Codable, Hashable {
        /// |computed − published| ≤ tolerance.
        case pass
        /// Outside the tolerance.
        case fail
        /// Computed and shown, with no published figure to compare (or a quoted figure whose data
        /// are not bundled).
        case info
    }

    /// What the row is, e.g. "image recognition, r median (published likelihood)".
    public let label: String
    /// The published figure, if there is one.
    public let published: Double?
    /// The published figure as printed (e.g. "1.4", "0.8–2.4", "below 1").
    public let publishedText: String
    /// rdfit's value.
    public let computed: Double?
    /// Allowed |computed − published|.
    public let tolerance: Double?
    /// Pass, fail or info.
    public let status: Status
    /// Why the tolerance is what it is, or what the row shows.
    public let note: String

    /// A row compared with a published figure: passes when |computed − published| ≤ tolerance.
    public init(
        label: String, published: Double, publishedText: String? = nil, computed: Double, tolerance: Double,
        note: String
    ) {
        self.label = label
        self.published = published
        self.publishedText = publishedText ?? PlainNumber.text(published)
        self.computed = computed
        self.tolerance = tolerance
        self.status = computed.isFinite && abs(computed - published) <= tolerance ? .pass : .fail
        self.note = note
    }

    /// A row whose check is a condition (e.g. "below 1") rather than a distance.
    public init(label: String, publishedText: String, computed: Double, passes: Bool, note: String) {
        self.label = label
        self.published = nil
        self.publishedText = publishedText
        self.computed = computed
        self.tolerance = nil
        self.status = passes ? .pass : .fail
        self.note = note
    }

    /// A row with nothing to compare against.
    public init(label: String, publishedText: String = "–", computed: Double?, note: String) {
        self.label = label
        self.published = nil
        self.publishedText = publishedText
        self.computed = computed
        self.tolerance = nil
        self.status = .info
        self.note = note
    }

    /// Half a unit in the last printed digit of `text` (e.g. 0.05 for "7.6", 0.5 for "41").
    public static func printedRounding(_ text: String) -> Double {
        guard let dot = text.firstIndex(of: ".") else { return 0.5 }
        let decimals = text[text.index(after: dot)...].prefix { $0.isNumber }.count
        var unit = 0.5
        for _ in 0..<decimals { unit /= 10 }
        return unit
    }
}

/// A published table recomputed from bundled data.
public struct ReproductionTable: Sendable, Codable, Hashable {
    /// Short identifier used on the command line, e.g. `table4-endpoint`.
    public let id: String
    /// Title.
    public let title: String
    /// One sentence on the data and method.
    public let method: String
    /// The rows.
    public let rows: [ReproductionRow]
    /// Findings and caveats worth stating plainly.
    public let notes: [String]

    /// Creates a table.
    public init(id: String, title: String, method: String, rows: [ReproductionRow], notes: [String]) {
        self.id = id
        self.title = title
        self.method = method
        self.rows = rows
        self.notes = notes
    }

    /// Whether no row failed.
    public var passes: Bool { !rows.contains { $0.status == .fail } }
}
