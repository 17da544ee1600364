import Foundation
import RDFitTestSupport
import Testing

@testable import RDFit
@testable import RDFitReporting

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("SVG output is well-formed, accessible and deterministic")
struct SVGWellFormednessTests {
    static func allSamples() throws -> [(String, String)] {
        [
            ("line", SVGSamples.growthLineChart().svg()),
            ("histogram", SVGSamples.rHistogram().svg()),
            ("tornado", SVGSamples.tornado().svg()),
            ("figure9", try SoftwareLevelChart.figure9().svg()),
        ]
    }

    @Test("The parser used by these tests rejects malformed XML")
    func parserRejectsMalformed() {
        #expect(SVGTree.parse("<svg><g></svg>") == nil)
        #expect(SVGTree.parse("<svg><text>a & b</text></svg>") == nil)
        #expect(SVGTree.parse("<svg><text>a &amp; b</text></svg>") != nil)
    }

    @Test("Every chart type parses as XML with an svg root, <title>, <desc>, role and aria-label")
    func wellFormedAndAccessible() throws {
        for (name, svg) in try Self.allSamples() {
            let tree = try #require(SVGTree.parse(svg), "\(name) is not well-formed")
            let root = try #require(tree.elements.first)
            #expect(root.name == "svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["width"] == "800" && root.attributes["height"] == "500")
            let title = try #require(tree.elements.first { $0.name == "title" })
            #expect(root.attributes["aria-label"] == title.text)
            #expect(tree.withID("chart-title")?.text == title.text)
            #expect(tree.elements.contains { $0.name == "desc" && !$0.text.isEmpty })
            #expect(tree.withClass("legend").count == 1)
            #expect(tree.withClass("axis-x").count == 1)
            #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
        }
    }

    @Test("Same input, byte-identical SVG (including independently built charts)")
    func deterministic() throws {
        let first = try Self.allSamples()
        let second = try Self.allSamples()
        for (a, b) in zip(first, second) {
            #expect(a.1 == b.1, "\(a.0) differs between runs")
        }
        #expect(SVGSamples.growthLineChart().svg() == SVGSamples.growthLineChart().svg())
    }

    @Test("Text with &, <, >, quotes is escaped and reads back unchanged")
    func escaping() throws {
        let nasty = "R&D <returns> \"r\" 'λ/β' \u{0001}"
        let chart = LineChart(
            title: nasty, subtitle: nasty, xAxis: ChartAxis(label: "x & y", unit: "<unit>"),
            yAxis: ChartAxis(label: "\"y\""), series: [ChartSeries(name: nasty, x: [1, 2], y: [3, 4])], notes: [nasty])
        let svg = chart.svg()
        #expect(svg.contains("R&amp;D &lt;returns&gt; &quot;r&quot; &apos;λ/β&apos;"))
        #expect(!svg.contains("<returns>"))
        #expect(!svg.contains("\u{0001}"))
        let tree = try #require(SVGTree.parse(svg))
        let clean = "R&D <returns> \"r\" 'λ/β' "
        #expect(tree.withID("chart-title")?.text == clean)
        #expect(tree.texts.contains("x & y (<unit>)"))
        #expect(tree.withClass("legend").first.map { tree.descendants(of: $0).contains { $0.text == clean } } == true)
        #expect(SVGEscaping.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
    }

    @Test("Fixed-precision numbers never print -0 or locale separators")
    func numberFormatting() {
        #expect(NumberFormatting.fixed(-0.001, decimals: 2) == "0.00")
        #expect(NumberFormatting.coordinate(-0.001) == "0")
        #expect(NumberFormatting.fixed(1234.5, decimals: 1) == "1234.5")
        #expect(NumberFormatting.fixed(2.5, decimals: 0) == "3")
        #expect(NumberFormatting.fixed(-1.25, decimals: 1) == "-1.3")
        #expect(NumberFormatting.fixed(0.5, decimals: 3) == "0.500")
        #expect(NumberFormatting.coordinate(12.300) == "12.3")
        #expect(NumberFormatting.value(1.2599) == "1.26")
        #expect(NumberFormatting.value(1e12) == "1×10^12")
        #expect(NumberFormatting.value(0.000123) == "0.000123")
    }

    @Test("Slugs make stable ids")
    func slugs() {
        #expect(SVGEscaping.slug("r = 1") == "r-equals-1")
        #expect(SVGEscaping.slug("Software efficiency") == "software-efficiency")
        #expect(SVGEscaping.slug("r = 0.7 (fizzle)") == "r-equals-0-point-7-fizzle")
        #expect(ChartMarker(label: "r = 1 (explosion threshold)", value: 1).id == "marker-r-equals-1")
    }
}
