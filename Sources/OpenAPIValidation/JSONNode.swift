import Foundation

/// A parsed JSON value: both the spec and the bodies being validated are held as these.
public enum JSONNode: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// Any number; integers are numbers with no fraction, as in JSON Schema.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONNode])
    /// An object.
    case object([String: JSONNode])

    /// Parses JSON bytes (top-level scalars allowed).
    public static func parse(_ data: Data) throws -> JSONNode {
        do {
            return JSONNode(any: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        } catch {
            throw OpenAPIValidationError(.invalidJSON, "body is not JSON: \(error)", underlying: error)
        }
    }

    /// Converts JSONSerialization output; booleans are told from numbers by their ObjC type code.
    init(any value: Any) {
        switch value {
        case is NSNull: self = .null
        case let string as String: self = .string(string)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
        case let array as [Any]: self = .array(array.map(JSONNode.init(any:)))
        case let object as [String: Any]: self = .object(object.mapValues(JSONNode.init(any:)))
        default: self = .null
        }
    }

    /// The member `key` of an object.
    subscript(key: String) -> JSONNode? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The JSON Schema type names this value satisfies ("integer" values also satisfy "number").
    var schemaTypes: [String] {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .number(let value): value.rounded() == value && value.isFinite ? ["integer", "number"] : ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }

    /// String payload.
    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// Number payload.
    var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// Array payload.
    var arrayValue: [JSONNode]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// Object payload.
    var objectValue: [String: JSONNode]? {
        if case .object(let value) = self { return value }
        return nil
    }
}
