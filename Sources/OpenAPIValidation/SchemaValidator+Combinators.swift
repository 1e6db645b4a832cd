extension SchemaValidator {
    /// allOf (every branch), anyOf (at least one), oneOf (exactly one). When nothing matches, the
    /// closest branch's violations are reported so the message points at the real problem.
    mutating func checkCombinators(_ value: JSONNode, _ keywords: [String: JSONNode], at pointer: String) throws {
        if case .array(let branches)? = keywords["allOf"] {
            let siblings = try propertyNames(of: branches + [.object(keywords)])
            for branch in branches {
                let saved = siblingPropertyNames
                siblingPropertyNames = siblingPropertyNames.union(siblings)
                defer { siblingPropertyNames = saved }
                try validate(value, branch, at: pointer)
            }
        }
        if case .array(let branches)? = keywords["anyOf"] {
            let results = try branches.map { try trial(value, $0, at: pointer) }
            if !results.contains(where: \.isEmpty) {
                reportNoMatch(results, branches: branches, keyword: "anyOf", value: value, at: pointer)
            }
        }
        if case .array(let branches)? = keywords["oneOf"] {
            let results = try branches.map { try trial(value, $0, at: pointer) }
            let matches = results.filter(\.isEmpty).count
            if matches == 0 {
                reportNoMatch(results, branches: branches, keyword: "oneOf", value: value, at: pointer)
            } else if matches > 1 {
                report(pointer, "oneOf", "matches \(matches) alternatives, expected exactly one")
            }
        }
    }

    /// Validates against one branch in isolation and returns its violations.
    private func trial(_ value: JSONNode, _ branch: JSONNode, at pointer: String) throws -> [SchemaViolation] {
        var sub = SchemaValidator(spec: spec, options: options, schemaName: schemaName)
        sub.siblingPropertyNames = siblingPropertyNames
        try sub.validate(value, branch, at: pointer)
        return sub.violations
    }

    private mutating func reportNoMatch(_ results: [[SchemaViolation]], branches: [JSONNode], keyword: String,
                                        value: JSONNode, at pointer: String) {
        let constants = branches.compactMap { $0["const"] }
        if constants.count == branches.count {
            let names = branches.map { branch in
                Self.render(branch["const"] ?? .null) + (branch["title"]?.stringValue.map { " (\($0))" } ?? "")
            }
            report(pointer, keyword, "\(Self.render(value)) is not one of \(names.joined(separator: ", "))")
            return
        }
        report(pointer, keyword, "matches none of \(results.count) alternatives")
        let closest = results.min { Self.distance($0) < Self.distance($1) } ?? []
        violations.append(contentsOf: closest)
    }

    /// How far a branch is from matching: a wrong discriminator (`type`/`const`/`enum` at the value
    /// itself) counts as far, so a branch of the right kind with one bad field is preferred.
    private static func distance(_ violations: [SchemaViolation]) -> Int {
        let root = violations.first?.pointer ?? ""
        return violations.reduce(0) { total, violation in
            let discriminator = ["type", "const", "enum"].contains(violation.keyword)
                && (violation.pointer == root || violation.pointer.hasSuffix("/type"))
            return total + (discriminator ? 100 : 1)
        }
    }

    /// Property names declared by these schemas (following `$ref`s one level at a time).
    private func propertyNames(of schemas: [JSONNode]) throws -> Set<String> {
        var names: Set<String> = []
        for schema in schemas {
            var node = schema
            if let reference = node["$ref"]?.stringValue { node = try spec.resolve(reference).0 }
            names.formUnion(node["properties"]?.objectValue?.keys ?? [:].keys)
            if case .array(let nested)? = node["allOf"] { names.formUnion(try propertyNames(of: nested)) }
        }
        return names
    }
}
