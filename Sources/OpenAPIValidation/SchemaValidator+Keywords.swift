import Foundation

extension SchemaValidator {
    /// minLength, maxLength (in Unicode scalars, as JSON Schema counts), pattern, format.
    mutating func checkString(_ text: String, _ keywords: [String: JSONNode], at pointer: String) {
        let length = text.unicodeScalars.count
        if let minimum = keywords["minLength"]?.numberValue, Double(length) < minimum {
            report(pointer, "minLength", "length \(length) < \(Int(minimum))")
        }
        if let maximum = keywords["maxLength"]?.numberValue, Double(length) > maximum {
            report(pointer, "maxLength", "length \(length) > \(Int(maximum))")
        }
        if let pattern = keywords["pattern"]?.stringValue, !Self.matches(text, pattern: pattern) {
            report(pointer, "pattern", "\(Self.render(.string(text))) does not match \(pattern)")
        }
        if let format = keywords["format"]?.stringValue, !StringFormat.isValid(text, format: format) {
            report(pointer, "format", "\(Self.render(.string(text))) is not a valid \(format)")
        }
    }

    /// minimum, maximum, and the int32/int64 ranges.
    mutating func checkNumber(_ number: Double, _ keywords: [String: JSONNode], at pointer: String) {
        if let minimum = keywords["minimum"]?.numberValue, number < minimum {
            report(pointer, "minimum", "\(Self.render(.number(number))) < \(Self.render(.number(minimum)))")
        }
        if let maximum = keywords["maximum"]?.numberValue, number > maximum {
            report(pointer, "maximum", "\(Self.render(.number(number))) > \(Self.render(.number(maximum)))")
        }
        if keywords["format"]?.stringValue == "int32", number < -2_147_483_648 || number > 2_147_483_647 {
            report(pointer, "format", "\(Self.render(.number(number))) is outside int32")
        }
    }

    /// minItems, maxItems, uniqueItems, items.
    mutating func checkArray(_ items: [JSONNode], _ keywords: [String: JSONNode], at pointer: String) throws {
        if let minimum = keywords["minItems"]?.numberValue, Double(items.count) < minimum {
            report(pointer, "minItems", "\(items.count) items < \(Int(minimum))")
        }
        if let maximum = keywords["maxItems"]?.numberValue, Double(items.count) > maximum {
            report(pointer, "maxItems", "\(items.count) items > \(Int(maximum))")
        }
        if keywords["uniqueItems"] == .bool(true), Set(items).count != items.count {
            report(pointer, "uniqueItems", "items are not unique")
        }
        guard let itemSchema = keywords["items"] else { return }
        try withChildScope {
            for (index, item) in items.enumerated() {
                try $0.validate(item, itemSchema, at: pointer + "/\(index)")
            }
        }
    }

    /// required, properties, additionalProperties, min/maxProperties, documented limits, strict keys.
    mutating func checkObject(_ members: [String: JSONNode], _ keywords: [String: JSONNode], at pointer: String) throws {
        for case .string(let name) in keywords["required"]?.arrayValue ?? [] where members[name] == nil {
            report(pointer, "required", "missing required property \"\(name)\"")
        }
        if let maximum = keywords["maxProperties"]?.numberValue, Double(members.count) > maximum {
            report(pointer, "maxProperties", "\(members.count) properties > \(Int(maximum))")
        }
        let declared = keywords["properties"]?.objectValue ?? [:]
        let owner = schemaName
        let allowedExtra = siblingPropertyNames
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            let memberPointer = pointer + "/" + Self.escape(name)
            if let propertySchema = declared[name] {
                try withChildScope { try $0.validate(member, propertySchema, at: memberPointer) }
                checkDocumentedLimit(member, owner: owner, property: name, at: memberPointer)
            } else if let additional = keywords["additionalProperties"] {
                try withChildScope { try $0.validate(member, additional, at: memberPointer) }
            } else if options.rejectUnknownProperties, keywords["properties"] != nil, !allowedExtra.contains(name) {
                report(memberPointer, "additionalProperties", "\"\(name)\" is not a declared property")
            }
        }
    }

    /// Quirks (b) and (f): the docs' tighter limit for a few properties.
    private mutating func checkDocumentedLimit(_ member: JSONNode, owner: String?, property: String, at pointer: String) {
        guard options.applyDocumentedLimits, let owner,
              let limit = ValidationOptions.documentedLimits[DocumentedLimit(schema: owner, property: property)] else { return }
        switch member {
        case .string(let text) where text.unicodeScalars.count > limit:
            report(pointer, "maxLength", "length \(text.unicodeScalars.count) > \(limit) (documented limit)")
        case .array(let items) where items.count > limit:
            report(pointer, "maxItems", "\(items.count) items > \(limit) (documented limit)")
        default: break
        }
    }

    /// Runs `body` for child values: no schema name or sibling properties leak into children.
    mutating func withChildScope(_ body: (inout SchemaValidator) throws -> Void) throws {
        let savedName = schemaName
        let savedSiblings = siblingPropertyNames
        schemaName = nil
        siblingPropertyNames = []
        defer {
            schemaName = savedName
            siblingPropertyNames = savedSiblings
        }
        try body(&self)
    }

    /// JSON pointer escaping of one reference token.
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// `SnowflakeType.pattern` in the spec.
    static let snowflakePattern = "^(0|[1-9][0-9]*)$"

    /// JSON Schema patterns are unanchored searches (ECMA-262 syntax; the spec's two are plain).
    /// The spec's snowflake pattern is checked by hand: it is applied to every id, and compiling a
    /// Regex per value would dominate validation time.
    static func matches(_ text: String, pattern: String) -> Bool {
        if pattern == snowflakePattern {
            return text == "0" || (text.first != "0" && !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber })
        }
        guard let regex = try? Regex(pattern) else { return true }
        return text.firstMatch(of: regex) != nil
    }
}
