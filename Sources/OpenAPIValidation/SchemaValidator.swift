/// Walks a JSON value against a schema, collecting violations (the JSON Schema 2020-12 subset the
/// Discord spec uses: $ref, type, properties, required, additionalProperties, items, min/maxItems,
/// uniqueItems, min/maxLength, pattern, minimum/maximum, enum, const, oneOf/anyOf/allOf, format).
struct SchemaValidator {
    let spec: OpenAPISpec
    let options: ValidationOptions
    /// Everything found so far.
    var violations: [SchemaViolation] = []
    /// The component schema currently being applied, for documented-limit overrides.
    var schemaName: String?
    /// Property names declared by sibling allOf branches, allowed in strict mode.
    var siblingPropertyNames: Set<String> = []

    init(spec: OpenAPISpec, options: ValidationOptions, schemaName: String? = nil) {
        self.spec = spec
        self.options = options
        self.schemaName = schemaName
    }

    /// Records one violation.
    mutating func report(_ pointer: String, _ keyword: String, _ message: String) {
        violations.append(SchemaViolation(pointer: pointer, keyword: keyword, message: message))
    }

    /// Applies every keyword of `schema` to `value`.
    mutating func validate(_ value: JSONNode, _ schema: JSONNode, at pointer: String) throws {
        guard case .object(let keywords) = schema else {
            if schema == .bool(false) { report(pointer, "false", "no value is allowed here") }
            return
        }
        if let reference = keywords["$ref"]?.stringValue {
            try followReference(reference, value, at: pointer)
        }
        let value = coerced(value, keywords)
        guard checkType(value, keywords, at: pointer) else { return }
        checkEnumAndConst(value, keywords, at: pointer)
        switch value {
        case .string(let text): checkString(text, keywords, at: pointer)
        case .number(let number): checkNumber(number, keywords, at: pointer)
        case .array(let items): try checkArray(items, keywords, at: pointer)
        case .object(let members): try checkObject(members, keywords, at: pointer)
        case .null, .bool: break
        }
        try checkCombinators(value, keywords, at: pointer)
    }

    private mutating func followReference(_ reference: String, _ value: JSONNode, at pointer: String) throws {
        let (target, name) = try spec.resolve(reference)
        let saved = schemaName
        if let name { schemaName = name }
        defer { schemaName = saved }
        try validate(value, target, at: pointer)
    }

    /// Quirk (c): a decimal string where a format-less integer is expected counts as that integer.
    private func coerced(_ value: JSONNode, _ keywords: [String: JSONNode]) -> JSONNode {
        guard options.acceptIntegerStrings, keywords["format"] == nil, case .string(let text) = value,
              Self.typeNames(keywords).contains("integer"), !Self.typeNames(keywords).contains("string"),
              let number = Self.integerValue(of: text) else { return value }
        return .number(number)
    }

    private mutating func checkType(_ value: JSONNode, _ keywords: [String: JSONNode], at pointer: String) -> Bool {
        let allowed = Self.typeNames(keywords)
        guard !allowed.isEmpty else { return true }
        let actual = value.schemaTypes
        if allowed.contains(where: actual.contains) { return true }
        report(pointer, "type", "expected \(allowed.joined(separator: " or ")), got \(actual[0])")
        return false
    }

    private mutating func checkEnumAndConst(_ value: JSONNode, _ keywords: [String: JSONNode], at pointer: String) {
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
            report(pointer, "enum", "\(Self.render(value)) is not one of \(allowed.map(Self.render).joined(separator: ", "))")
        }
        if let constant = keywords["const"], constant != value {
            report(pointer, "const", "\(Self.render(value)) is not \(Self.render(constant))")
        }
    }

    /// The `type` keyword as a list ("string" or ["string", "null"]).
    static func typeNames(_ keywords: [String: JSONNode]) -> [String] {
        switch keywords["type"] {
        case .string(let name)?: [name]
        case .array(let names)?: names.compactMap(\.stringValue)
        default: []
        }
    }

    /// A decimal integer string's value, if it is one.
    static func integerValue(of text: String) -> Double? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Double(text)
    }

    /// A short rendering of a value for messages.
    static func render(_ value: JSONNode) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): String(flag)
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let text): "\"" + (text.count > 40 ? String(text.prefix(40)) + "…" : text) + "\""
        case .array(let items): "array(\(items.count))"
        case .object: "object"
        }
    }
}
