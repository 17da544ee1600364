import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG: every element with its attributes and full text (its own and its children's).
/// Parsing fails (nil) unless the document is well-formed XML.
public final class SVGTree: NSObject, XMLParserDelegate {
    public struct Element: Sendable {
        public let name: String
        public let attributes: [String: String]
        public var text: String
        public let depth: Int
    }

    public private(set) var elements: [Element] = []
    private var stack: [Int] = []
    public private(set) var error: Error?

    /// Parses `svg`; nil when it is not well-formed.
    public static func parse(_ svg: String) -> SVGTree? {
        let tree = SVGTree()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = tree
        guard parser.parse(), tree.error == nil else { return nil }
        return tree
    }

    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributeDict, text: "", depth: stack.count))
        stack.append(elements.count - 1)
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in stack { elements[index].text += string }
    }

    public func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        stack.removeLast()
    }

    public func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }

    /// Elements whose `class` attribute contains `name` as a word.
    public func withClass(_ name: String) -> [Element] {
        elements.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(name)) }
    }

    /// The element with this `id`.
    public func withID(_ id: String) -> Element? {
        elements.first { $0.attributes["id"] == id }
    }

    /// Texts of all `text` elements.
    public var texts: [String] { elements.filter { $0.name == "text" }.map(\.text) }

    /// Index range of the descendants of element `index`.
    public func descendants(of element: Element) -> [Element] {
        guard
            let start = elements.firstIndex(where: {
                $0.name == element.name && $0.attributes == element.attributes && $0.depth == element.depth
            })
        else { return [] }
        var result: [Element] = []
        for candidate in elements[(start + 1)...] {
            if candidate.depth <= element.depth { break }
            result.append(candidate)
        }
        return result
    }

    /// Parses SVG bytes written to a file; nil unless well-formed with an `svg` root.
    public static func parse(_ data: Data) -> SVGTree? {
        guard let tree = parse(String(decoding: data, as: UTF8.self)), tree.elements.first?.name == "svg" else {
            return nil
        }
        return tree
    }

    /// Every `id` attribute.
    public var ids: Set<String> { Set(elements.compactMap { $0.attributes["id"] }) }

    /// Every word of every `class` attribute.
    public var classes: Set<String> {
        Set(elements.flatMap { ($0.attributes["class"] ?? "").split(separator: " ").map(String.init) })
    }

    /// All text in the document.
    public var text: String { elements.first?.text ?? "" }
}
