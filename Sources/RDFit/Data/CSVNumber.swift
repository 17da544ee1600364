/// Strict parsing of one CSV cell as a number, on bytes.
///
/// Accepted: optional blanks, an optional sign, digits with at most one decimal point (at least
/// one digit), an optional exponent `e`/`E` with optional sign and digits, optional blanks — e.g.
/// `12`, `-0.5`, `.5`, `5.`, `1.2e3`, `+4E-2`. An empty cell or `NA` is a missing value. Rejected:
/// thousands separators, a second decimal point, hexadecimal, `NaN`/`inf` and trailing text.
/// Values are correctly rounded (a fast exact path for up to 19 digits and powers of ten up to
/// 22, otherwise the standard library's conversion).
enum CSVNumber {
    /// The reading of one cell.
    enum Reading: Equatable {
        /// A finite number.
        case value(Double)
        /// An empty cell or `NA`.
        case missing
        /// `NaN`, `inf`, `Infinity` and the like, with any sign.
        case notFinite
        /// Digits that overflow a double (e.g. `1e400`).
        case outOfRange
        /// Not a number; the hint says why, where a specific reason is known.
        case invalid(hint: String)
    }

    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Reads `bytes[start..<end]`.
    static func read(_ bytes: [UInt8], from start: Int, to end: Int) -> Reading {
        var i = start, e = end
        while i < e && CSVRecordReader.isBlank(bytes[i]) { i += 1 }
        while e > i && CSVRecordReader.isBlank(bytes[e - 1]) { e -= 1 }
        if i == e { return .missing }
        if e - i == 2 && bytes[i] == UInt8(ascii: "N") && bytes[i + 1] == UInt8(ascii: "A") { return .missing }
        let textStart = i

        var negative = false
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var sawDigit = false
        var inexact = false
        var sawPoint = false
        while i < e {
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                sawDigit = true
                let digit = UInt64(byte - 0x30)
                if significantDigits < 19 {
                    if mantissa != 0 || digit != 0 {
                        mantissa = mantissa &* 10 &+ digit
                        significantDigits += 1
                    }
                    if sawPoint { exponent -= 1 }
                } else {
                    if digit != 0 { inexact = true }
                    if !sawPoint { exponent += 1 }
                }
            } else if byte == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return invalidOrNonFinite(bytes, textStart, e) }
        if i < e && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            var exponentNegative = false
            if i < e && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var written = 0
            var exponentDigits = 0
            while i < e && bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                if written < 100_000 { written = written * 10 + Int(bytes[i] - 0x30) }
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return invalidOrNonFinite(bytes, textStart, e) }
            exponent += exponentNegative ? -written : written
        }
        guard i == e else { return invalidOrNonFinite(bytes, textStart, e) }

        let value: Double
        if mantissa == 0 {
            value = 0
        } else if !inexact && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
            // Both operands are exact doubles, so the single rounding of * or / is correct rounding.
            value =
                exponent >= 0
                ? Double(mantissa) * exactPowersOfTen[exponent] : Double(mantissa) / exactPowersOfTen[-exponent]
        } else {
            guard let converted = Double(String(decoding: bytes[textStart..<e], as: UTF8.self)) else {
                return .invalid(hint: "")
            }
            guard converted.isFinite else { return .outOfRange }
            return .value(converted)
        }
        return .value(negative ? -value : value)
    }

    /// Classifies text that failed the number grammar: a spelled-out NaN or infinity, or an
    /// invalid number with a hint for the commonest mistakes.
    private static func invalidOrNonFinite(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Reading {
        var text = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        if text.hasPrefix("+") || text.hasPrefix("-") { text.removeFirst() }
        if ["nan", "inf", "infinity", "1.#inf", "1.#ind", "1.#qnan"].contains(text) { return .notFinite }
        if text.hasPrefix("0x") {
            return .invalid(hint: "hexadecimal numbers are not accepted; write the value in decimal")
        }
        if text.contains(",") {
            return .invalid(hint: "thousands separators and decimal commas are not accepted; write e.g. 1234.5")
        }
        if text.filter({ $0 == "." }).count > 1 { return .invalid(hint: "a number has at most one decimal point") }
        return .invalid(hint: "")
    }
}
