extension DiscordErrorBody {
    /// The 50035 "Invalid Form Body" error Discord returns for these violations, with `errors`
    /// nested along each violation's path (`embeds[0].title` → `{"embeds":{"0":{"title":{"_errors":[…]}}}}`).
    /// The sandbox answers bad bodies with it, so the bot's error handling meets Discord's real shape.
    public static func invalidFormBody(_ violations: [LimitViolation]) -> DiscordErrorBody {
        var errors: [String: JSONValue] = [:]
        for violation in violations {
            insert(leaf(for: violation), at: pathTokens(violation.path)[...], into: &errors)
        }
        return DiscordErrorBody(code: 50035, message: "Invalid Form Body", errors: .object(errors))
    }

    /// One `_errors` entry in Discord's wording.
    private static func leaf(for violation: LimitViolation) -> JSONValue {
        let (code, message) = violation.isMinimum
            ? ("BASE_TYPE_MIN_LENGTH", "Must be \(violation.bound) or more in length.")
            : ("BASE_TYPE_MAX_LENGTH", "Must be \(violation.bound) or fewer in length.")
        return .object(["code": .string(code), "message": .string(message)])
    }

    /// Splits "embeds[0].fields" into ["embeds", "0", "fields"].
    static func pathTokens(_ path: String) -> [String] {
        path.split(separator: ".").flatMap { part -> [String] in
            part.split(whereSeparator: { $0 == "[" || $0 == "]" }).map(String.init)
        }
    }

    private static func insert(_ leaf: JSONValue, at tokens: ArraySlice<String>, into object: inout [String: JSONValue]) {
        guard let head = tokens.first else {
            var list = object["_errors"]?.arrayValue ?? []
            list.append(leaf)
            object["_errors"] = .array(list)
            return
        }
        var child: [String: JSONValue] = [:]
        if case .object(let existing)? = object[head] { child = existing }
        insert(leaf, at: tokens.dropFirst(), into: &child)
        object[head] = .object(child)
    }
}
