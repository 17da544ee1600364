/// A validator for the subset of JSON Schema (draft 2020-12) that `Docs/json-schema/` uses:
/// `type` (one name or a list, so `["number", "null"]` is a null union), `required`,
/// `properties`, `additionalProperties` (false or a schema), `items`, `enum`, `const`, and `$ref`
/// to `#/$defs/NAME`; `$schema`, `$id`, `$defs`, `title` and `description` are annotations.
/// Any other keyword is an error in the schema, so that nothing is silently ignored.
public struct JSONSchemaValidator {
    /// The root schema (for `$ref`).
    public let root: JSONValue

    static let keywords: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "required", "properties",
        "additionalProperties", "items", "enum", "const",
    ]

    /// A validator for `schema`.
    public init(schema: JSONValue) { root = schema }

    /// Every way `instance` breaks the schema, each as "PATH: reason" (empty when it conforms).
    public func errors(in instance: JSONValue) -> [String] {
        var errors: [String] = []
        validate(instance, against: root, path: "$", errors: &errors, depth: 0)
        return errors
    }

    private func resolve(_ reference: String) -> JSONValue? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix) else { return nil }
        return root["$defs"]?[String(reference.dropFirst(prefix.count))]
    }

    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("integer", let .number(x, _)): return x == x.rounded()
        case ("number", .number): return true
        default: return typeName(value) == type
        }
    }

    private func validate(
        _ instance: JSONValue, against schema: JSONValue, path: String, errors: inout [String], depth: Int
    ) {
        guard depth < 64 else { errors.append("\(path): schema nested too deeply"); return }
        if case .bool(let allowed) = schema {
            if !allowed { errors.append("\(path): no value is allowed here") }
            return
        }
        guard case let .object(keywords) = schema else {
            errors.append("\(path): the schema is not an object")
            return
        }
        for (key, _) in keywords where !Self.keywords.contains(key) {
            errors.append("\(path): unsupported schema keyword \(key)")
        }
        if let reference = schema["$ref"] {
            guard let name = reference.string, let target = resolve(name) else {
                errors.append("\(path): unresolvable $ref \(reference)")
                return
            }
            validate(instance, against: target, path: path, errors: &errors, depth: depth + 1)
        }
        if let type = schema["type"] {
            let names = type.array?.compactMap(\.string) ?? type.string.map { [$0] } ?? []
            if !names.contains(where: { Self.matches(instance, type: $0) }) {
                errors.append(
                    "\(path): \(Self.typeName(instance)) where the schema allows \(names.joined(separator: " or "))")
                return
            }
        }
        if let options = schema["enum"]?.array, !options.contains(instance) {
            errors.append("\(path): \(instance) is not one of the allowed values")
        }
        if let constant = schema["const"], constant != instance {
            errors.append("\(path): \(instance) is not \(constant)")
        }
        if case let .object(members) = instance {
            for name in schema["required"]?.array?.compactMap(\.string) ?? [] where instance[name] == nil {
                errors.append("\(path): the required field \(name) is missing")
            }
            let properties = schema["properties"]
            for (key, value) in members {
                if let property = properties?[key] {
                    validate(value, against: property, path: "\(path).\(key)", errors: &errors, depth: depth + 1)
                } else if let additional = schema["additionalProperties"] {
                    if case .bool(false) = additional {
                        errors.append("\(path): the field \(key) is not in the schema")
                    } else {
                        validate(value, against: additional, path: "\(path).\(key)", errors: &errors, depth: depth + 1)
                    }
                }
            }
        }
        if case let .array(elements) = instance, let items = schema["items"] {
            for (i, element) in elements.enumerated() {
                validate(element, against: items, path: "\(path)[\(i)]", errors: &errors, depth: depth + 1)
            }
        }
    }
}
