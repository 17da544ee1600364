import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A minimal well-formedness check for SVG written by the command: parses the file as XML and
/// collects element names, ids, classes and texts.
final class SVGCheck: NSObject, XMLParserDelegate {
    private(set) var names: [String] = []
    private(set) var ids: Set<String> = []
    private(set) var classes: Set<String> = []
    private(set) var text = ""
    private var failed = false

    /// Parses `data`; nil unless it is well-formed XML with an `svg` root.
    static func parse(_ data: Data) -> SVGCheck? {
        let check = SVGCheck()
        let parser = XMLParser(data: data)
        parser.delegate = check
        guard parser.parse(), !check.failed, check.names.first == "svg" else { return nil }
        return check
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        names.append(elementName)
        if let id = attributeDict["id"] { ids.insert(id) }
        for c in (attributeDict["class"] ?? "").split(separator: " ") { classes.insert(String(c)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
}
