import RDFit

/// Accumulates SVG markup line by line with escaped attributes and text, in the order written,
/// so output is deterministic.
struct SVGBuilder {
    /// An ordered attribute list (`[(name, value)]`); values are escaped when written.
    typealias Attributes = [(String, String)]

    private var lines: [String] = []
    private var depth = 0

    private static func render(_ attributes: Attributes) -> String {
        attributes.map { " \($0.0)=\"\(SVGEscaping.escape($0.1))\"" }.joined()
    }

    private mutating func add(_ line: String) {
        lines.append(String(repeating: "  ", count: depth) + line)
    }

    /// Writes `<name attributes>` and indents what follows.
    mutating func open(_ name: String, _ attributes: Attributes = []) {
        add("<\(name)\(Self.render(attributes))>")
        depth += 1
    }

    /// Writes `</name>`.
    mutating func close(_ name: String) {
        depth -= 1
        add("</\(name)>")
    }

    /// Writes an element with optional escaped text content (self-closing without text).
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String? = nil) {
        if let text {
            add("<\(name)\(Self.render(attributes))>\(SVGEscaping.escape(text))</\(name)>")
        } else {
            add("<\(name)\(Self.render(attributes))/>")
        }
    }

    /// Writes a `<text>` element whose content is plain text followed by an optional superscript.
    mutating func text(_ attributes: Attributes, _ content: String, superscript: String? = nil) {
        guard let superscript else {
            element("text", attributes, text: content)
            return
        }
        add(
            "<text\(Self.render(attributes))>\(SVGEscaping.escape(content))<tspan dy=\"-0.45em\" font-size=\"75%\">\(SVGEscaping.escape(superscript))</tspan></text>"
        )
    }

    /// The document: an XML declaration and the lines written, newline-terminated.
    func document() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + lines.joined(separator: "\n") + "\n"
    }
}
