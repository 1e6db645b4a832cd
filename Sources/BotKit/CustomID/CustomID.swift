import DiscordModels

/// A component's `custom_id`, versioned and typed: `v1:<namespace>:<action>[:<argument>…]`, e.g.
/// `v1:run:join:1234`. The bot only reads ids it wrote; anything else decodes to a `CustomIDProblem`.
public struct CustomID: Hashable, Sendable, CustomStringConvertible {
    /// The version prefix this build writes and accepts.
    public static let version = "v1"
    /// Discord's custom_id limit.
    public static let maximumLength = 100

    /// The feature that owns the component (`run`, `headcount`, `keylog` …).
    public let namespace: String
    /// What the component does (`join`, `end`, `keypop` …).
    public let action: String
    /// Typed values, encoded as text (`[A-Za-z0-9_-]`, non-empty).
    public let arguments: [String]

    /// Builds an id; throws when a part is not a token or the encoding exceeds 100 characters.
    public init(namespace: String, action: String, arguments: [String] = []) throws(CustomIDProblem) {
        guard CustomIDToken.isName(namespace), CustomIDToken.isName(action) else {
            throw .badName
        }
        if let bad = arguments.firstIndex(where: { !CustomIDToken.isArgument($0) }) { throw .badArgument(index: bad) }
        self.namespace = namespace
        self.action = action
        self.arguments = arguments
        guard encoded.count <= Self.maximumLength else { throw .tooLong(encoded.count) }
    }

    /// Builds an id whose arguments are snowflakes (run ids, user ids, message ids).
    public init(namespace: String, action: String, ids: [Snowflake]) throws(CustomIDProblem) {
        try self.init(namespace: namespace, action: action, arguments: ids.map(\.description))
    }

    /// The wire form sent to Discord.
    public var encoded: String {
        ([Self.version, namespace, action] + arguments).joined(separator: ":")
    }

    /// The wire form.
    public var description: String { encoded }

    /// The route this id belongs to, for table lookup.
    public var routeKey: CustomIDRouteKey { CustomIDRouteKey(namespace: namespace, action: action) }

    /// Decodes a wire id, refusing anything this build did not write.
    public static func decode(_ raw: String) -> Result<CustomID, CustomIDProblem> {
        guard !raw.isEmpty else { return .failure(.empty) }
        guard raw.utf8.count <= maximumLength else { return .failure(.tooLong(raw.utf8.count)) }
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts[0] == version else { return .failure(.unsupportedVersion) }
        guard parts.count >= 3 else { return .failure(.missingAction) }
        for (index, part) in parts.dropFirst(3).enumerated() where !CustomIDToken.isArgument(part) {
            return .failure(.badArgument(index: index))
        }
        do {
            return .success(try CustomID(namespace: parts[1], action: parts[2], arguments: Array(parts.dropFirst(3))))
        } catch {
            return .failure(error)
        }
    }
}

/// The (namespace, action) pair a component route is registered under.
public struct CustomIDRouteKey: Hashable, Sendable, CustomStringConvertible {
    /// The owning feature.
    public let namespace: String
    /// The action.
    public let action: String

    /// Creates a route key.
    public init(namespace: String, action: String) {
        self.namespace = namespace
        self.action = action
    }

    /// `namespace:action`, for logs and rate-limit identifiers.
    public var description: String { "\(namespace):\(action)" }
}

/// Character rules for the parts of a custom_id.
enum CustomIDToken {
    /// Lowercase names: `[a-z0-9_]`, 1–24 characters.
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 24 && text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
        }
    }

    /// Argument values: `[A-Za-z0-9_-]`, non-empty.
    static func isArgument(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2D
        }
    }
}
