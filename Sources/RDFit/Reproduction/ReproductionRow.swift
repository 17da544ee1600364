/// One published figure set beside rdfit's computation of it.
public struct ReproductionRow: Sendable, Codable, Hashable {
    /// What a row is evidence of. Only ``reproduced`` rows count as reproductions and decide
    /// whether a table passes.
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// rdfit recomputes a published figure from bundled data by the source's own method.
        case reproduced
        /// rdfit's own answer (e.g. the exact likelihood) set against a figure the source made
        /// another way: the difference is the finding, and the row's status says whether it
        /// exceeds the tolerance (``Status/differs``) or not (``Status/indistinguishable``).
        case expectedToDiffer = "expected to differ"
        /// A restatement of the method's own arithmetic on printed figures (e.g. (1/3) × a
        /// published median, or a formula whose result the source never printed): a check of the
        /// arithmetic, not a reproduction.
        case arithmetic
        /// A published figure echoed without recomputation (its data are not bundled).
        case quoted
        /// A value rdfit computes with no published figure to compare it with.
        case computed
    }

    /// Whether the computed value matches the published one.
    public enum Status: String, Sendable, Codable, Hashable {
        /// |computed − published| ≤ tolerance.
        case pass
        /// Outside the tolerance.
        case fail
        /// Computed and shown, with no published figure to compare (or a quoted figure whose data
        /// are not bundled).
        case info
        /// An ``Kind/expectedToDiffer`` row outside its tolerance: the difference is real.
        case differs
        /// An ``Kind/expectedToDiffer`` row within its tolerance: the Monte-Carlo error (or a
        /// small effect) cannot tell the two apart.
        case indistinguishable
    }

    /// What the row is evidence of.
    public let kind: Kind

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

    /// A row compared with a published figure: within the tolerance when |computed − published| ≤
    /// tolerance (and computed is finite). Its status is pass or fail, except for an
    /// ``Kind/expectedToDiffer`` row, whose status is ``Status/indistinguishable`` or ``Status/differs``.
    public init(
        label: String, kind: Kind = .reproduced, published: Double, publishedText: String? = nil, computed: Double,
        tolerance: Double, note: String
    ) {
        self.label = label
        self.kind = kind
        self.published = published
        self.publishedText = publishedText ?? PlainNumber.text(published)
        self.computed = computed
        self.tolerance = tolerance
        let within = computed.isFinite && abs(computed - published) <= tolerance
        if kind == .expectedToDiffer {
            self.status = within ? .indistinguishable : .differs
        } else {
            self.status = within ? .pass : .fail
        }
        self.note = note
    }

    /// A row whose check is a condition (e.g. "below 1") rather than a distance.
    public init(label: String, kind: Kind, publishedText: String, computed: Double, passes: Bool, note: String) {
        self.label = label
        self.kind = kind
        self.published = nil
        self.publishedText = publishedText
        self.computed = computed
        self.tolerance = nil
        if kind == .expectedToDiffer {
            self.status = passes ? .indistinguishable : .differs
        } else {
            self.status = passes ? .pass : .fail
        }
        self.note = note
    }

    /// A row with nothing to compare against: a value rdfit computes (kind ``Kind/computed``), a
    /// figure quoted as printed (``Kind/quoted``) or arithmetic shown without a check.
    public init(label: String, kind: Kind = .computed, publishedText: String = "–", computed: Double?, note: String) {
        self.label = label
        self.kind = kind
        self.published = nil
        self.publishedText = publishedText
        self.computed = computed
        self.tolerance = nil
        self.status = .info
        self.note = note
    }

    /// Whether the row is a reproduction that missed: a ``Kind/reproduced`` row that failed.
    public var isReproductionMiss: Bool { kind == .reproduced && status == .fail }

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

    /// Whether every reproduction is within its tolerance: no ``ReproductionRow/Kind/reproduced``
    /// row failed. Rows of the other kinds (contrasts expected to differ, arithmetic, quoted and
    /// computed values) are shown but do not decide it.
    public var passes: Bool { !rows.contains(where: \.isReproductionMiss) }

    /// The reproduced rows (those that count as reproductions).
    public var reproducedRows: [ReproductionRow] { rows.filter { $0.kind == .reproduced } }
}
