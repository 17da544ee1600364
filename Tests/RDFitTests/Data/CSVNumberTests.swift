import Testing

@testable import RDFit

/// Strict number parsing of cells.
@Suite struct CSVNumberTests {
    private func read(_ text: String) -> CSVNumber.Reading {
        let bytes = Array(text.utf8)
        return CSVNumber.read(bytes, from: 0, to: bytes.count)
    }

    @Test(arguments: [
        ("0", 0.0), ("12", 12), ("-7", -7), ("+4", 4), ("0.5", 0.5), (".5", 0.5), ("5.", 5),
        ("1.2e3", 1200), ("1.2E+3", 1200), ("+4E-2", 0.04), ("  3.25  ", 3.25), ("\t1\t", 1),
        ("007", 7), ("0.000001", 1e-6), ("123456789012345678901234", 123456789012345678901234.0),
        ("9007199254740993", 9007199254740993.0), ("2.2250738585072014e-308", 2.2250738585072014e-308),
        ("1.7976931348623157e308", 1.7976931348623157e308), ("0.1", 0.1), ("3.141592653589793", 3.141592653589793),
        ("1e-400", 0), ("12345.678901234567890123", 12345.678901234567890123),
    ])
    func acceptsNumbers(text: String, expected: Double) {
        #expect(read(text) == .value(expected))
    }

    @Test func matchesStandardLibraryOnRandomDecimals() {
        var generator = Xoshiro256StarStar(seed: 42)
        for _ in 0..<2000 {
            let mantissa = generator.next() >> UInt64(generator.next() % 40)
            let exponent = Int(generator.next() % 60) - 30
            let digits = String(mantissa)
            let text = exponent == 0 ? digits : "\(digits)e\(exponent)"
            #expect(read(text) == .value(Double(text)!), "\(text)")
            let decimal = digits.count > 3 ? String(digits.dropLast(3)) + "." + String(digits.suffix(3)) : digits
            #expect(read(decimal) == .value(Double(decimal)!), "\(decimal)")
        }
    }

    @Test(arguments: ["", "   ", "NA", " NA "])
    func missing(text: String) {
        #expect(read(text) == .missing)
    }

    @Test(arguments: ["NaN", "nan", "-nan", "inf", "-inf", "+Inf", "Infinity", "-Infinity", "INFINITY"])
    func notFinite(text: String) {
        #expect(read(text) == .notFinite)
    }

    @Test func overflowIsOutOfRange() {
        #expect(read("1e400") == .outOfRange)
        #expect(read("-1e99999999999") == .outOfRange)
    }

    @Test(arguments: [
        "1,234", "1.2.3", "0x1F", "12abc", "1 2", "e5", "1e", "1e+", "-", ".", "--1", "na", "N/A", "1_000", "١٢",
    ])
    func invalid(text: String) {
        guard case .invalid = read(text) else {
            Issue.record("\(text) should be invalid, read \(read(text))")
            return
        }
    }

    @Test func hints() {
        #expect(
            read("1,234")
                == .invalid(hint: "thousands separators and decimal commas are not accepted; write e.g. 1234.5"))
        #expect(read("1.2.3") == .invalid(hint: "a number has at most one decimal point"))
        #expect(read("0x10") == .invalid(hint: "hexadecimal numbers are not accepted; write the value in decimal"))
    }
}
