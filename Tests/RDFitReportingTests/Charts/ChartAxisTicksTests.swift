import Testing

@testable import RDFit
@testable import RDFitReporting

@Suite("Axis ticks")
struct ChartAxisTicksTests {
    @Test("Log axis 1…10⁴: majors 1, 10, 100, 1k, 10k and minors 2…9 in each decade")
    func logFourDecades() {
        let ticks = AxisTicks.logarithmic(lower: 1, upper: 10_000)
        let majors = ticks.filter(\.isMajor)
        #expect(majors.map(\.value) == [1, 10, 100, 1000, 10_000])
        #expect(majors.map(\.label) == ["1", "10", "100", "1k", "10k"])
        #expect(majors.allSatisfy { $0.powerOfTen == nil })
        let minors = ticks.filter { !$0.isMajor }
        #expect(minors.count == 32)
        #expect(minors.prefix(8).map(\.value) == [2, 3, 4, 5, 6, 7, 8, 9])
        #expect(ticks.map(\.value) == ticks.map(\.value).sorted())
    }

    @Test("Log axis 10⁻³…1M keeps short labels: 0.001, 0.01, 0.1, 1, …, 100k, 1M")
    func logShortLabels() {
        let majors = AxisTicks.logarithmic(lower: 0.001, upper: 1e6).filter(\.isMajor)
        #expect(majors.map(\.label) == ["0.001", "0.01", "0.1", "1", "10", "100", "1k", "10k", "100k", "1M"])
    }

    @Test("Log axis 1…10⁹ switches to powers of ten with superscripts")
    func logPowers() {
        let majors = AxisTicks.logarithmic(lower: 1, upper: 1e9).filter(\.isMajor)
        #expect(majors.map(\.powerOfTen) == Array(0...9).map { Optional($0) })
        #expect(majors.last?.label == "10^9")
        let svg = LineChart(
            title: "t", xAxis: ChartAxis(label: "x"), yAxis: ChartAxis(label: "y", scale: .logarithmic),
            series: [ChartSeries(name: "s", x: [0, 1], y: [1, 1e9])]
        ).svg()
        #expect(svg.contains(">10<tspan dy=\"-0.45em\" font-size=\"75%\">9</tspan></text>"))
    }

    @Test("Log axis 1…10²⁴ (25 decades) labels every third decade and drops 2…9 minors")
    func logManyDecades() {
        let ticks = AxisTicks.logarithmic(lower: 1, upper: 1e24)
        #expect(ticks.filter(\.isMajor).map(\.powerOfTen) == stride(from: 0, through: 24, by: 3).map { Optional($0) })
        #expect(ticks.count == 25)
    }

    @Test("Log axis within one decade and a bit (2…80) labels 1-2-5 values")
    func logNarrow() {
        let ticks = AxisTicks.logarithmic(lower: 2, upper: 80)
        #expect(ticks.filter(\.isMajor).map(\.label) == ["2", "5", "10", "20", "50"])
        #expect(ticks.filter { !$0.isMajor }.map(\.value) == [3, 4, 6, 7, 8, 9, 30, 40, 60, 70, 80])
    }

    @Test("Negative exponents below 10⁻³ use powers of ten")
    func logSmall() {
        let majors = AxisTicks.logarithmic(lower: 1e-6, upper: 1).filter(\.isMajor)
        #expect(majors.first?.powerOfTen == -6)
        #expect(TextMetrics.exponentText(-6) == "−6")
    }

    @Test("Linear ticks: nice steps with the step's decimals; years stay plain; large values in k/M")
    func linear() {
        #expect(AxisTicks.linear(lower: 0, upper: 1).map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(
            AxisTicks.linear(lower: 2011.7, upper: 2023.3).map(\.label) == [
                "2012", "2014", "2016", "2018", "2020", "2022",
            ])
        #expect(
            AxisTicks.linear(lower: 0, upper: 3_000_000).map(\.label) == [
                "0", "0.5M", "1.0M", "1.5M", "2.0M", "2.5M", "3.0M",
            ])
        #expect(AxisTicks.linear(lower: -1, upper: 1).map(\.value).contains(0))
        #expect(AxisTicks.linear(lower: 1, upper: 1).isEmpty)
    }
}
