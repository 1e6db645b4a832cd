/// One argument of an incumbent custom_id, as an `IncumbentAlias` declares it.
public enum IncumbentArgument: Sendable {
    /// Carried over unchanged; it must have this kind (checked as for our own ids).
    case same(CustomIDArgumentKind)
    /// The incumbent's value translated to ours (e.g. a dungeon key to our token); nil = a value
    /// we do not know, and the press is refused.
    case translated(@Sendable (String) -> String?)
}

/// An unversioned custom_id the incumbent bot wrote on a long-lived panel
/// (`<namespace>:<action>[:<argument>…]`, e.g. `roleping:toggle:SHATTERS`), accepted as one of our
/// own component routes. A feature declares each shape it accepts next to its routes
/// (`routes.incumbentAlias(_:)`); any other unversioned id is still refused. The handler sees the
/// translated v1 id, as if the press came from our own panel.
public struct IncumbentAlias: Sendable {
    /// The incumbent's namespace and action.
    public let key: CustomIDRouteKey
    /// The incumbent's arguments, in order: exactly this many are accepted.
    public let arguments: [IncumbentArgument]
    /// Our route the press runs as.
    public let target: CustomIDSchema

    /// Declares that the incumbent's `<namespace>:<action>[:<arguments>…]` runs as `target`; the
    /// arguments, translated, become the target's arguments in the same order.
    public init(_ namespace: String, _ action: String, _ arguments: [IncumbentArgument] = [], as target: CustomIDSchema) {
        precondition(arguments.count == target.arguments.count, "incumbent \(namespace):\(action) and \(target.key) differ in arity")
        key = CustomIDRouteKey(namespace: namespace, action: action)
        self.arguments = arguments
        self.target = target
    }

    /// Our id for the incumbent's arguments (the parts after namespace and action), or why refused.
    public func translate(_ values: [String]) throws(CustomIDProblem) -> CustomID {
        guard values.count == arguments.count else {
            throw .wrongArgumentCount(expected: arguments.count, actual: values.count)
        }
        var ours: [String] = []
        for (index, (value, argument)) in zip(values, arguments).enumerated() {
            switch argument {
            case .same(let kind):
                guard CustomIDToken.isArgument(value), CustomIDSchema.matches(value, kind) else {
                    throw .wrongArgumentKind(index: index, expected: kind)
                }
                ours.append(value)
            case .translated(let translate):
                guard let translated = translate(value) else { throw .unknownIncumbentValue(index: index) }
                ours.append(translated)
            }
        }
        return try target.make(ours)
    }

    /// Decodes a raw id that is not ours (`CustomID.decode` said `.unsupportedVersion`) through the
    /// declared aliases: nil when no alias has its namespace and action, so it stays refused.
    static func decode(_ raw: String, among aliases: [CustomIDRouteKey: IncumbentAlias]) -> Result<CustomID, CustomIDProblem>? {
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let alias = aliases[CustomIDRouteKey(namespace: parts[0], action: parts[1])] else {
            return nil
        }
        do throws(CustomIDProblem) {
            return .success(try alias.translate(Array(parts.dropFirst(2))))
        } catch {
            return .failure(error)
        }
    }
}
