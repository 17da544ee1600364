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

/// A labelled vertical line at an x value: a point estimate, an interval bound, a threshold
/// such as r = 1, or a reference.
public struct ChartMarker: Sendable, Hashable, Codable {
    /// What the marker shows, which sets its style.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// A point estimate: solid black, 2 px.
        case estimate
        /// An interval bound: dashed blue, 1.5 px.
        case bound
        /// A threshold to highlight (r = 1): vermillion, 2.5 px, long dashes.
        case threshold
        /// Other reference values: dotted grey.
        case reference
    }

    /// Label drawn near the top of the line, e.g. "r = 1 (explosion threshold)".
    public let label: String
    /// Position on the x axis (data coordinates).
    public let value: Double
    /// Style.
    public let role: Role
    /// Element id; default `marker-<slug of label up to the first " (">`, e.g. "marker-r-equals-1".
    public let id: String

    /// Creates a marker.
    ///
    /// - Parameters:
    ///   - label: Text shown.
    ///   - value: x position.
    ///   - role: Style; default `.reference`.
    ///   - id: Element id; default derived from the label.
    public init(label: String, value: Double, role: Role = .reference, id: String? = nil) {
        self.label = label
        self.value = value
        self.role = role
        let stem = label.components(separatedBy: " (").first ?? label
        self.id = id ?? "marker-" + SVGEscaping.slug(stem)
    }

    /// The highlighted r = 1 line (`id="marker-r-equals-1"`), the boundary between a fizzle and a
    /// software intelligence explosion.
    public static let rEqualsOne = ChartMarker(
        label: "r = 1 (explosion threshold)", value: 1, role: .threshold, id: "marker-r-equals-1")
}
