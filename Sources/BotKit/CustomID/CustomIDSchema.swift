import DiscordModels

/// What kind of value one custom_id argument holds.
public enum CustomIDArgumentKind: Hashable, Sendable {
    /// A Discord snowflake or a database id: decimal digits, fits `UInt64`, non-zero.
    case snowflake
    /// A signed 64-bit integer (e.g. a millisecond timestamp).
    case integer
    /// A free token such as a key name (`[A-Za-z0-9_-]`, ≤ 32).
    case token
}

/// The typed shape of one component route: namespace, action and argument kinds. Validates decoded
/// ids so handlers receive values, not strings.
public struct CustomIDSchema: Hashable, Sendable {
    /// The route key.
    public let key: CustomIDRouteKey
    /// The kinds of the arguments, in order.
    public let arguments: [CustomIDArgumentKind]

    /// Declares a schema.
    public init(_ namespace: String, _ action: String, _ arguments: [CustomIDArgumentKind] = []) {
        key = CustomIDRouteKey(namespace: namespace, action: action)
        self.arguments = arguments
    }

    /// Encodes values for this route (ids, integers or tokens as text).
    public func make(_ values: [String]) throws(CustomIDProblem) -> CustomID {
        let id = try CustomID(namespace: key.namespace, action: key.action, arguments: values)
        try validate(id)
        return id
    }

    /// The wire text of an id the bot draws itself from its own data (run ids, dungeon codes). Such
    /// an id can only fail to encode through a programming error, which the view tests catch for
    /// every dungeon, so failing loudly is right here; ids built from member input use `make`.
    public func wire(_ values: [String]) -> String {
        do {
            return try make(values).encoded
        } catch {
            preconditionFailure("custom_id \(key) does not encode \(values): \(error)")
        }
    }

    /// Encodes typed values (snowflakes, integers, tokens) for this route: `join.id(runID)`.
    public func id(_ values: any CustomStringConvertible...) throws(CustomIDProblem) -> CustomID {
        try make(values.map(\.description))
    }

    /// Checks a decoded id's argument count and kinds against the schema.
    public func validate(_ id: CustomID) throws(CustomIDProblem) {
        guard id.routeKey == key else { throw .unknownRoute(id.routeKey) }
        guard id.arguments.count == arguments.count else {
            throw .wrongArgumentCount(expected: arguments.count, actual: id.arguments.count)
        }
        for (index, (value, kind)) in zip(id.arguments, arguments).enumerated() where !Self.matches(value, kind) {
            throw .wrongArgumentKind(index: index, expected: kind)
        }
    }

    static func matches(_ value: String, _ kind: CustomIDArgumentKind) -> Bool {
        switch kind {
        case .snowflake:
            guard value.utf8.count <= 20, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let number = UInt64(value) else { return false }
            return number != 0
        case .integer: return Int64(value) != nil
        case .token: return value.utf8.count <= 32
        }
    }
}

extension CustomID {
    /// The argument at `index` as a snowflake (validated by the schema before handlers see it).
    public func snowflake(_ index: Int) throws(CustomIDProblem) -> Snowflake {
        guard arguments.indices.contains(index), let value = UInt64(arguments[index]), value != 0 else {
            throw .wrongArgumentKind(index: index, expected: .snowflake)
        }
        return Snowflake(value)
    }

    /// The argument at `index` as an integer.
    public func integer(_ index: Int) throws(CustomIDProblem) -> Int64 {
        guard arguments.indices.contains(index), let value = Int64(arguments[index]) else {
            throw .wrongArgumentKind(index: index, expected: .integer)
        }
        return value
    }

    /// The argument at `index` as a free token (a code or a name the bot wrote).
    public func token(_ index: Int) throws(CustomIDProblem) -> String {
        guard arguments.indices.contains(index) else { throw .wrongArgumentKind(index: index, expected: .token) }
        return arguments[index]
    }

    /// The snowflake at `index`, refused unless it equals `expected` (e.g. the run the message shows).
    public func snowflake(_ index: Int, matching expected: Snowflake) throws(CustomIDProblem) -> Snowflake {
        let value = try snowflake(index)
        guard value == expected else { throw .mismatchedSubject }
        return value
    }
}
