import DiscordModels

/// One broken Discord limit at a JSON path, rendered into 50035's nested `errors` tree.
struct FormViolation: Sendable, Hashable {
    let path: [String]
    let code: String
    let message: String

    /// `{"a":{"0":{"b":{"_errors":[{"code":…,"message":…}]}}}}` as Discord nests it.
    static func errorTree(_ violations: [FormViolation]) -> JSONValue {
        var root: [String: JSONValue] = [:]
        for violation in violations {
            insert(violation, at: violation.path[...], into: &root)
        }
        return .object(root)
    }

    private static func insert(_ violation: FormViolation, at path: ArraySlice<String>, into node: inout [String: JSONValue]) {
        guard let head = path.first else {
            let entry: JSONValue = .object(["code": .string(violation.code), "message": .string(violation.message)])
            node["_errors"] = .array((node["_errors"]?.asArray ?? []) + [entry])
            return
        }
        var child = node[head]?.asObject ?? [:]
        insert(violation, at: path.dropFirst(), into: &child)
        node[head] = .object(child)
    }
}
