/// An explicit assumption that moves r away from what the measured series say (<doc:AdjustmentsAndSensitivity>).
/// Each is applied per bootstrap replicate, its uncertain parameter drawn from its own
/// `AdjustmentStream`, and reported beside the unadjusted r.
///
/// - ``spillover(column:weight:)``: research in a neighbouring field or in academia also feeds
///   this field. The effective input is E_eff = E_own + Σ w_j·E_j (levels, same years and units),
///   and its growth replaces the own input's. Inputs that grow more slowly than the own series
///   lower g_E and raise r (Epoch, "The software intelligence explosion debate needs
///   experiments", "Flawed data").
/// - ``spilloverShare(column:share:)``: the same idea in growth form,
///   g_eff = (1 − Σ s_j)·g_E + Σ s_j·g_j.
/// - ``computeBottleneck(computeShare:)``: with experiment compute fixed and Cobb-Douglas research
///   input F = L^(1−ε_K)·K^(ε_K), the explosion parameter is (1 − ε_K)·r (Epoch, "Compute
///   bottlenecks"; Whitfill & Wu 2025; Erdil & Barnett 2025). At ε_K = 2/3 every r is cut by three.
/// - ``outputMultiplier(name:multiplier:)``: output that the efficiency series does not measure
///   (post-training enhancements, capability gains: each "perhaps up to 2x") or a discount for
///   fixed hardware (best guess ~1–4 falling to ~0.5–2), stated as a factor m on r (Eth & Davidson
///   2025, "In the real world, are returns to software R&D greater or less than one?" and "You might
///   need fast growing computing power to discover better algorithms").
public enum ReturnsAdjustment: Sendable, Hashable, Codable {
    /// Effective input E_own + w·E_column (levels form); w in [0, 1], fixed or a range.
    case spillover(column: String, weight: InputWeight)
    /// Effective growth (1 − s)·g_E + s·g_column (growth form); s in [0, 1], fixed or a range.
    case spilloverShare(column: String, share: InputWeight)
    /// r·(1 − ε_K); ε_K in [0, 1], fixed or a range (Ho & Whitfill's 0.59–0.75, mode 0.67).
    case computeBottleneck(computeShare: InputWeight)
    /// r·m for a named source of unmeasured output (or a discount, m < 1); m > 0, fixed or a range.
    case outputMultiplier(name: String, multiplier: InputWeight)

    /// Known multiplier names, from Eth & Davidson (2025); other names are allowed.
    public static let knownMultiplierNames = ["post-training", "capability-gains", "fixed-hardware"]

    /// The adjustment's stable name, which is also the name of its random stream and of the
    /// sensitivity assumption: `spillover:COL`, `spillover-share:COL`,
    /// `compute-share`, `multiplier:NAME`.
    public var name: String {
        switch self {
        case let .spillover(column, _): return "spillover:\(column)"
        case let .spilloverShare(column, _): return "spillover-share:\(column)"
        case .computeBottleneck: return "compute-share"
        case let .outputMultiplier(name, _): return "multiplier:\(name)"
        }
    }

    /// The assumed parameter (weight, share, compute share or multiplier) and its distribution.
    public var parameter: InputWeight {
        switch self {
        case let .spillover(_, w): return w
        case let .spilloverShare(_, s): return s
        case let .computeBottleneck(e): return e
        case let .outputMultiplier(_, m): return m
        }
    }

    /// The same adjustment with its parameter replaced (used to hold it fixed in a sensitivity sweep).
    public func with(parameter: InputWeight) -> ReturnsAdjustment {
        switch self {
        case let .spillover(column, _): return .spillover(column: column, weight: parameter)
        case let .spilloverShare(column, _): return .spilloverShare(column: column, share: parameter)
        case .computeBottleneck: return .computeBottleneck(computeShare: parameter)
        case let .outputMultiplier(name, _): return .outputMultiplier(name: name, multiplier: parameter)
        }
    }

    /// The other series this adjustment reads, if any.
    public var column: String? {
        switch self {
        case let .spillover(column, _), let .spilloverShare(column, _): return column
        case .computeBottleneck, .outputMultiplier: return nil
        }
    }

    /// Whether the adjustment only rescales r (compute bottleneck, multipliers), so that it can be
    /// applied to any estimator's replicates; spillovers need the steady-state estimator's refits.
    public var isFactor: Bool {
        switch self {
        case .computeBottleneck, .outputMultiplier: return true
        case .spillover, .spilloverShare: return false
        }
    }

    /// The factor on r for a parameter value: 1 − ε_K for the compute bottleneck, m for a
    /// multiplier; nil for spillovers.
    public func factor(at value: Double) -> Double? {
        switch self {
        case .computeBottleneck: return 1 - value
        case .outputMultiplier: return value
        case .spillover, .spilloverShare: return nil
        }
    }

    /// One sentence for reports, e.g. "compute bottleneck: r·(1 − ε_K), ε_K = 0.59:0.67:0.75".
    public var summary: String {
        switch self {
        case let .spillover(column, w): return "spillover (levels): E_eff = E_own + w·\(column), w = \(w)"
        case let .spilloverShare(column, s):
            return "spillover (growth share): g_eff = (1 − s)·g_E + s·g(\(column)), s = \(s)"
        case let .computeBottleneck(e): return "compute bottleneck: r·(1 − ε_K), ε_K = \(e)"
        case let .outputMultiplier(name, m): return "output multiplier '\(name)': r·m, m = \(m)"
        }
    }

    /// Checks the parameter's range: weights, shares and the compute share in [0, 1]; a multiplier
    /// positive and finite; LO ≤ MODE ≤ HI; a multiplier name of letters, digits, `-` and `_`.
    /// - Throws: ``SpecificationError`` naming the setting (`.spillover`, `.spilloverShare`,
    ///   `.computeShare`, `.outputMultiplier`).
    public func validate() throws {
        switch self {
        case let .spillover(column, w):
            try Self.validateUnit(w, setting: .spillover, what: "the spillover weight of '\(column)'")
        case let .spilloverShare(column, s):
            try Self.validateUnit(s, setting: .spilloverShare, what: "the spillover share of '\(column)'")
        case let .computeBottleneck(e): try Self.validateUnit(e, setting: .computeShare, what: "the compute share ε_K")
        case let .outputMultiplier(name, m):
            let allowed = name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    || $0 == "_"
            }
            guard !name.isEmpty, allowed else {
                throw SpecificationError(
                    setting: .outputMultiplier,
                    message:
                        "'\(name)' is not a multiplier name; use letters, digits, '-' and '_', e.g. post-training=1:2")
            }
            let (low, high) = m.range
            guard low > 0, high.isFinite else {
                throw SpecificationError(
                    setting: .outputMultiplier,
                    message: "the multiplier '\(name)' must be positive (got \(m)); e.g. 2 doubles r, 0.5 halves it")
            }
            try Self.validateOrder(m, setting: .outputMultiplier, what: "the multiplier '\(name)'")
        }
    }

    private static func validateUnit(_ value: InputWeight, setting: Setting, what: String) throws {
        let (low, high) = value.range
        guard low.isFinite, high.isFinite, low >= 0, high <= 1 else {
            throw SpecificationError(setting: setting, message: "\(what) must lie between 0 and 1 (got \(value))")
        }
        try validateOrder(value, setting: setting, what: what)
    }

    private static func validateOrder(_ value: InputWeight, setting: Setting, what: String) throws {
        let (low, high) = value.range
        guard low <= high else {
            throw SpecificationError(
                setting: setting, message: "\(what) has LO \(low) above HI \(high); write LO:HI or LO:MODE:HI")
        }
        if case let .triangular(_, mode, _) = value, !(mode >= low && mode <= high) {
            throw SpecificationError(
                setting: setting, message: "the mode \(mode) of \(what) is outside its range \(low)–\(high)")
        }
    }
}
