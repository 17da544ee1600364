import Foundation
import RDFitTestSupport
import Testing

@testable import RDFitReporting

@Suite("The JSON contract: schemaVersion, null for every absent or undefined number")
struct ReportJSONTests {
    struct Inner: Encodable {
        let x: Double?
    }
    struct Sample: Encodable {
        let present: Double?
        let absent: Double?
        let notANumber: Double
        let infinite: Double
        let absentText: String?
        let absentObject: Inner?
        /// Foundation's encoder wrote `{}` for this (an interval with both ends undefined).
        let undefinedInterval: [String: Inner]
        let keyed: [String: Double?]
        let nested: [[Double?]]
        let count: Int
        let seed: UInt64
        let text: String
    }

    static let sample = Sample(
        present: 0.5, absent: nil, notANumber: .nan, infinite: -.infinity, absentText: nil, absentObject: nil,
        undefinedInterval: ["bca": Inner(x: nil)], keyed: ["q05": nil, "q50": 1.25], nested: [[nil, 2], [.nan]],
        count: 3, seed: UInt64.max,
        text: "a \"quoted\"\nline/with slash")

    @Test("absent optionals and NaN/infinite numbers are null (never {} or left out); schemaVersion is top-level")
    func nulls() throws {
        let text = try ReportJSON.render(Self.sample)
        let json = try JSONValue.parse(text)
        #expect(json["schemaVersion"] == .number(1, isInteger: true))
        for key in ["absent", "notANumber", "infinite", "absentText", "absentObject"] {
            #expect(json[key] == .null, "\(key)")
        }
        #expect(json["present"] == .number(0.5, isInteger: false))
        #expect(json["undefinedInterval"]?["bca"] == .object([(key: "x", value: .null)]))
        #expect(json["keyed"]?["q05"] == .null)
        #expect(json["keyed"]?["q50"]?.number == 1.25)
        #expect(json["nested"] == .array([.array([.null, .number(2, isInteger: true)]), .array([.null])]))
        #expect(json["seed"]?.number == Double(UInt64.max))
        #expect(text.contains("\"seed\" : 18446744073709551615"))
        #expect(json["text"]?.string == Self.sample.text)
        #expect(!text.contains("{}"))
        #expect(!text.contains("\\/"))
    }

    @Test("the same value gives byte-identical JSON with sorted keys")
    func deterministic() throws {
        let a = try ReportJSON.render(Self.sample), b = try ReportJSON.render(Self.sample)
        #expect(a == b)
        let keys = a.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(a.hasSuffix("}\n"))
    }

    @Test("numbers read back exactly")
    func roundTrip() throws {
        struct Numbers: Encodable { let values: [Double] }
        let values = [0.1, 1e-300, 123456789.125, -2.5e21, 1.0 / 3]
        let json = try JSONValue.parse(try ReportJSON.render(Numbers(values: values)))
        #expect(json["values"]?.array?.compactMap(\.number) == values)
    }

    struct Integers: Encodable {
        let int = Int.min, int64 = Int64.max, int32 = Int32.min, int16 = Int16.max, int8 = Int8.min
        let uint = UInt.max, uint64 = UInt64.max, uint32 = UInt32.max, uint16 = UInt16.max, uint8 = UInt8.max
        let list: [UInt64] = [0, 18_446_744_073_709_551_615]
        let optional: Int? = 42
    }

    @Test("every standard integer type is written as its decimal digits, in arrays and optionals too")
    func integers() throws {
        let text = try ReportJSON.render(Integers())
        for expected in [
            "\"int\" : -9223372036854775808", "\"int64\" : 9223372036854775807", "\"int32\" : -2147483648",
            "\"int16\" : 32767", "\"int8\" : -128", "\"uint\" : 18446744073709551615",
            "\"uint64\" : 18446744073709551615", "\"uint32\" : 4294967295", "\"uint16\" : 65535",
            "\"uint8\" : 255", "\"optional\" : 42", "18446744073709551615\n  ]",
        ] {
            #expect(text.contains(expected), "\(expected) missing from \(text)")
        }
    }
}
