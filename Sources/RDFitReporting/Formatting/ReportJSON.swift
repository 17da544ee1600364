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

/// The one JSON writer of every report (`--format json` of every command), and its contract:
///
/// - a top-level `schemaVersion` (``schemaVersion``), raised whenever a field is renamed, removed
///   or changes meaning (adding a field does not raise it);
/// - every field of a report is always present: an optional value that is absent is written as
///   `null`, never left out;
/// - every undefined number (NaN, ±infinity) is written as `null`;
/// - keys sorted, two-space indentation, slashes unescaped: the same report gives byte-identical
///   JSON.
///
/// The field lists are JSON Schemas in `Docs/json-schema/`, described in `Docs/json-output.md`.
package enum ReportJSON {
    /// The version of the JSON field lists in `Docs/json-schema/`.
    package static let schemaVersion = 1

    /// `value` as pretty-printed JSON with `schemaVersion` first among its sorted keys' peers.
    package static func render<T: Encodable>(_ value: T) throws -> String {
        let slot = JSONSlot()
        try value.encode(to: JSONTreeEncoder(slot: slot, codingPath: []))
        var root = slot.node ?? .object(JSONObjectNode())
        if case let .object(object) = root {
            object.members["schemaVersion"] = .number(String(schemaVersion))
            root = .object(object)
        }
        var text = ""
        write(root, indent: 0, into: &text)
        return text + "\n"
    }

    private static func write(_ node: JSONNode, indent: Int, into text: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch node {
        case .null: text += "null"
        case let .bool(b): text += b ? "true" : "false"
        case let .number(n): text += n
        case let .string(s): text += quoted(s)
        case let .array(array):
            guard !array.elements.isEmpty else { text += "[]"; return }
            text += "[\n"
            for (i, element) in array.elements.enumerated() {
                text += pad
                write(element, indent: indent + 1, into: &text)
                text += i == array.elements.count - 1 ? "\n" : ",\n"
            }
            text += close + "]"
        case let .object(object):
            guard !object.members.isEmpty else { text += "{}"; return }
            text += "{\n"
            let keys = object.members.keys.sorted()
            for (i, key) in keys.enumerated() {
                text += pad + quoted(key) + " : "
                write(object.members[key]!, indent: indent + 1, into: &text)
                text += i == keys.count - 1 ? "\n" : ",\n"
            }
            text += close + "}"
        }
    }

    /// A JSON string literal (RFC 8259 escapes; `/` and non-ASCII characters left as they are).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A finite number as JSON (the shortest representation that reads back exactly, without a
    /// trailing `.0`), or `null`.
    static func number(_ x: Double) -> JSONNode {
        guard x.isFinite else { return .null }
        var text = "\(x)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

/// A value in the tree that ``JSONTreeEncoder`` builds; objects and arrays are shared references
/// so that nested containers fill them in place.
enum JSONNode {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array(JSONArrayNode)
    case object(JSONObjectNode)
}

final class JSONObjectNode {
    var members: [String: JSONNode] = [:]
}

final class JSONArrayNode {
    var elements: [JSONNode] = []
}

/// Where one encoded value goes.
final class JSONSlot {
    var node: JSONNode?
}

/// An `Encoder` that builds a ``JSONNode`` tree, writing `null` for absent optionals
/// (`encodeIfPresent` with nil) and for non-finite numbers.
struct JSONTreeEncoder: Encoder {
    let slot: JSONSlot
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(slot: JSONSlot, codingPath: [CodingKey]) {
        self.slot = slot
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: JSONObjectNode
        if case let .object(existing)? = slot.node {
            object = existing
        } else {
            object = JSONObjectNode()
            slot.node = .object(object)
        }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let array: JSONArrayNode
        if case let .array(existing)? = slot.node {
            array = existing
        } else {
            array = JSONArrayNode()
            slot.node = .array(array)
        }
        return JSONUnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        JSONSingleValueContainer(slot: slot, codingPath: codingPath)
    }

    /// `value` as a node: numbers and strings directly, anything else through its `encode(to:)`.
    static func node<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws -> JSONNode {
        switch value {
        case let x as Double: return ReportJSON.number(x)
        case let x as Float: return ReportJSON.number(Double(x))
        case let x as String: return .string(x)
        case let x as Bool: return .bool(x)
        // The integer types one by one: a cast to a concrete type compares type metadata, while
        // `as any BinaryInteger` looked up that conformance for every other type encoded, a scan
        // of the binary's conformance records the first time each type is seen (issue 13).
        case let x as Int: return .number(String(describing: x))
        case let x as Int64: return .number(String(describing: x))
        case let x as Int32: return .number(String(describing: x))
        case let x as Int16: return .number(String(describing: x))
        case let x as Int8: return .number(String(describing: x))
        case let x as UInt: return .number(String(describing: x))
        case let x as UInt64: return .number(String(describing: x))
        case let x as UInt32: return .number(String(describing: x))
        case let x as UInt16: return .number(String(describing: x))
        case let x as UInt8: return .number(String(describing: x))
        default:
            let slot = JSONSlot()
            try value.encode(to: JSONTreeEncoder(slot: slot, codingPath: codingPath))
            return slot.node ?? .object(JSONObjectNode())
        }
    }
}

private struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONObjectNode
    var codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.members[key.stringValue] = .null }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.members[key.stringValue] = try JSONTreeEncoder.node(value, codingPath: codingPath + [key])
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    // Every concrete overload too: their default implementations would leave nil out.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value, key) }

    private mutating func present<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectNode()
        object.members[key.stringValue] = .object(nested)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = JSONArrayNode()
        object.members[key.stringValue] = .array(nested)
        return JSONUnkeyedContainer(array: nested, codingPath: codingPath + [key])
    }
    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        let slot = JSONSlot()
        let nested = JSONObjectNode()
        slot.node = .object(nested)
        object.members[key.stringValue] = .object(nested)
        return JSONTreeEncoder(slot: slot, codingPath: codingPath + [key])
    }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONArrayNode
    var codingPath: [CodingKey]
    var count: Int { array.elements.count }

    mutating func encodeNil() throws { array.elements.append(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(
            try JSONTreeEncoder.node(value, codingPath: codingPath + [JSONKey(intValue: array.elements.count)]))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<
        NestedKey
    > {
        let nested = JSONObjectNode()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(object: nested, codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let nested = JSONArrayNode()
        array.elements.append(.array(nested))
        return JSONUnkeyedContainer(array: nested, codingPath: codingPath)
    }
    mutating func superEncoder() -> Encoder {
        let slot = JSONSlot()
        let nested = JSONObjectNode()
        slot.node = .object(nested)
        array.elements.append(.object(nested))
        return JSONTreeEncoder(slot: slot, codingPath: codingPath)
    }
}

private struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let slot: JSONSlot
    var codingPath: [CodingKey]

    mutating func encodeNil() throws { slot.node = .null }
    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.node = try JSONTreeEncoder.node(value, codingPath: codingPath)
    }
}
