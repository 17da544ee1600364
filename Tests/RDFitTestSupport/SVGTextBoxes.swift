import Foundation
import RDFitReporting

/// The box one rendered `<text>` element of a chart occupies, estimated the way the charts lay
/// their labels out: width from ``TextMetrics`` (0.6 em a character, a superscript at 75%), height
/// one em from 0.75 em above the baseline to 0.25 em below it, placed by `x`, `y`, `text-anchor`
/// and a `rotate(±90 cx cy)` transform; bold text (`font-weight="bold"`) at 0.66 em a character.
/// Font size, weight and anchor are inherited from enclosing groups.
public struct SVGTextBox: Sendable, Hashable, CustomStringConvertible {
    /// The text shown (with a superscript's text appended).
    public let text: String
    /// The element's `class`, or "" when it has none.
    public let className: String
    /// Left edge.
    public let minX: Double
    /// Top edge.
    public let minY: Double
    /// Right edge.
    public let maxX: Double
    /// Bottom edge.
    public let maxY: Double

    /// Whether the two boxes share more than `tolerance` of width and of height.
    public func overlaps(_ other: SVGTextBox, tolerance: Double = 0.01) -> Bool {
        min(maxX, other.maxX) - max(minX, other.minX) > tolerance
            && min(maxY, other.maxY) - max(minY, other.minY) > tolerance
    }

    /// Whether the box lies inside the rectangle from (0, 0) to (`width`, `height`).
    public func isInside(width: Double, height: Double, tolerance: Double = 0.01) -> Bool {
        minX >= -tolerance && minY >= -tolerance && maxX <= width + tolerance && maxY <= height + tolerance
    }

    /// The text, its class and its box, for failure messages.
    public var description: String {
        let f = { (value: Double) in String(format: "%.1f", value) }
        return "\"\(text)\" [\(className)] x \(f(minX))–\(f(maxX)), y \(f(minY))–\(f(maxY))"
    }
}

/// What is wrong with the text layout of a chart: overlapping labels and labels outside the
/// view box, as one readable list (empty when the layout is clean).
public struct SVGTextLayout: Sendable {
    /// Every rendered text box, in document order.
    public let boxes: [SVGTextBox]
    /// The view box's width.
    public let width: Double
    /// The view box's height.
    public let height: Double

    /// Measures every `<text>` of `svg`; nil when the document does not parse or has no
    /// `viewBox="0 0 W H"`, or a text has a transform other than a quarter-turn rotation.
    public static func measure(_ svg: String) -> SVGTextLayout? {
        guard let tree = SVGTree.parse(svg), let root = tree.elements.first, root.name == "svg",
            let viewBox = root.attributes["viewBox"]?.split(separator: " ").compactMap({ Double($0) }),
            viewBox.count == 4, viewBox[0] == 0, viewBox[1] == 0
        else { return nil }
        let elements = tree.elements
        var boxes: [SVGTextBox] = []
        var ancestors: [Int] = []
        for (index, element) in elements.enumerated() {
            while let last = ancestors.last, elements[last].depth >= element.depth { ancestors.removeLast() }
            defer { ancestors.append(index) }
            guard element.name == "text" else { continue }
            func inherited(_ name: String) -> String? {
                element.attributes[name] ?? ancestors.reversed().lazy.compactMap { elements[$0].attributes[name] }.first
            }
            guard let fontSize = inherited("font-size").flatMap(Double.init),
                let x = Double(element.attributes["x"] ?? ""),
                let y = Double(element.attributes["y"] ?? "")
            else { return nil }
            // A superscript is the text's one `tspan` child; its text is the end of the element's text.
            let tspan = elements[(index + 1)...].prefix { $0.depth > element.depth }.first { $0.name == "tspan" }
            let superscript = tspan?.text ?? ""
            let main = String(element.text.dropLast(superscript.count))
            let bold = inherited("font-weight") == "bold"
            let width =
                TextMetrics.width(main, fontSize: fontSize, bold: bold)
                + TextMetrics.width(superscript, fontSize: fontSize * 0.75, bold: bold)
            let raised = superscript.isEmpty ? 0 : 0.45 * fontSize
            let start: Double
            switch inherited("text-anchor") ?? "start" {
            case "middle": start = -width / 2
            case "end": start = -width
            default: start = 0
            }
            // Along the baseline: start…start + width; across it: 0.75 em (+ a superscript's rise) up, 0.25 em down.
            let along = (start, start + width)
            let across = (-0.75 * fontSize - raised, 0.25 * fontSize)
            let className = element.attributes["class"] ?? ""
            let text = element.text
            if let transform = element.attributes["transform"] {
                guard let rotation = Self.quarterTurn(transform), rotation.cx == x, rotation.cy == y else { return nil }
                // rotate(−90): the baseline runs up the page and "up" points left.
                let sign = rotation.degrees < 0 ? -1.0 : 1.0
                let ys = [y + sign * along.0, y + sign * along.1]
                let xs = [x - sign * across.0, x - sign * across.1]
                boxes.append(
                    SVGTextBox(
                        text: text, className: className, minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!,
                        maxY: ys.max()!))
            } else {
                boxes.append(
                    SVGTextBox(
                        text: text, className: className, minX: x + along.0, minY: y + across.0, maxX: x + along.1,
                        maxY: y + across.1))
            }
        }
        return SVGTextLayout(boxes: boxes, width: viewBox[2], height: viewBox[3])
    }

    /// `rotate(±90 cx cy)`.
    private static func quarterTurn(_ transform: String) -> (degrees: Double, cx: Double, cy: Double)? {
        let trimmed = transform.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("rotate("), trimmed.hasSuffix(")") else { return nil }
        let numbers = trimmed.dropFirst(7).dropLast().split(whereSeparator: { $0 == " " || $0 == "," }).compactMap {
            Double($0)
        }
        guard numbers.count == 3, abs(numbers[0]) == 90 else { return nil }
        return (numbers[0], numbers[1], numbers[2])
    }

    /// Pairs of text boxes that overlap.
    public var overlappingPairs: [(SVGTextBox, SVGTextBox)] {
        var pairs: [(SVGTextBox, SVGTextBox)] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i && boxes[i].overlaps(boxes[j]) { pairs.append((boxes[i], boxes[j])) }
        }
        return pairs
    }

    /// Text boxes that reach outside the view box.
    public var outside: [SVGTextBox] { boxes.filter { !$0.isInside(width: width, height: height) } }

    /// One line per fault (overlap or text outside the view box); empty when there is none.
    public var faults: [String] {
        overlappingPairs.map { "overlap: \($0.0) and \($0.1)" }
            + outside.map { "outside the \(Int(width))×\(Int(height)) view box: \($0)" }
    }
}
