import DiscordModels

/// A slash command handler.
public typealias CommandHandler = @Sendable (InteractionContext) async throws -> Void
/// An autocomplete handler: the focused option's partial text in, at most 25 choices out.
public typealias AutocompleteHandler = @Sendable (InteractionContext, CommandInteractionOption) async throws
    -> [ApplicationCommandOptionChoice]

/// What a component or modal does once routed.
public enum ComponentAction: Sendable {
    /// Acknowledge with `style`, then run the handler.
    case deferred(AcknowledgementStyle, CommandHandler)
    /// Answer with a modal (the modal is the acknowledgement, so it must be built quickly).
    case opensModal(@Sendable (InteractionContext) async throws -> Modal)

    /// Whether the handler runs after a deferred acknowledgement (so it can run on a replay).
    var isDeferred: Bool {
        if case .deferred = self { return true }
        return false
    }

    /// Whether the acknowledgement creates a response of our own (a deferred reply), whose
    /// existence then proves it was sent.
    var acknowledgementOwnsOriginal: Bool {
        if case .deferred(let style, _) = self { return style.ownsOriginal }
        return false
    }
}

/// One component or modal route: its typed custom_id, gate, rate-limit identifier and action.
public struct ComponentRoute: Sendable {
    /// The custom_id shape.
    public let schema: CustomIDSchema
    /// Who may press it (run-specific checks such as "the run's organizer" stay in the handler).
    public let gate: CommandGate
    /// The rate limit the route counts against (§10.4); nil = not limited.
    public let rateLimit: RateLimit?
    /// The button lock held around the handler (§10.5), derived from the id: actions that conflict
    /// (a run's end and cancel) return the same key; nil = no lock.
    public let lock: (@Sendable (CustomID) throws -> ButtonLockKey)?
    /// What happens.
    public let action: ComponentAction

    /// Declares a route.
    public init(_ schema: CustomIDSchema, gate: CommandGate = .everyone, rateLimit: RateLimit? = nil,
                lock: (@Sendable (CustomID) throws -> ButtonLockKey)? = nil, action: ComponentAction) {
        self.schema = schema
        self.gate = gate
        self.rateLimit = rateLimit
        self.lock = lock
        self.action = action
    }
}

/// The route table, built by Features before the router starts.
public struct InteractionRoutes: Sendable {
    var commands: [String: CommandHandler] = [:]
    var autocompletes: [String: AutocompleteHandler] = [:]
    var components: [CustomIDRouteKey: ComponentRoute] = [:]
    var modals: [CustomIDRouteKey: ComponentRoute] = [:]
    var incumbentAliases: [CustomIDRouteKey: IncumbentAlias] = [:]

    /// An empty table.
    public init() {}

    /// Routes the slash command `name` (declared in the catalog) to `handler`.
    public mutating func command(_ name: String, _ handler: @escaping CommandHandler) {
        precondition(commands[name] == nil, "command /\(name) routed twice")
        commands[name] = handler
    }

    /// Routes autocomplete requests of command `name`.
    public mutating func autocomplete(_ name: String, _ handler: @escaping AutocompleteHandler) {
        autocompletes[name] = handler
    }

    /// Routes buttons and selects whose custom_id matches the route's schema.
    public mutating func component(_ route: ComponentRoute) {
        precondition(components[route.schema.key] == nil, "component \(route.schema.key) routed twice")
        components[route.schema.key] = route
    }

    /// Routes modal submissions whose custom_id matches the route's schema.
    public mutating func modal(_ route: ComponentRoute) {
        precondition(modals[route.schema.key] == nil, "modal \(route.schema.key) routed twice")
        modals[route.schema.key] = route
    }

    /// Accepts the incumbent's unversioned id `alias.key` on its long-lived panels as a press of our
    /// component route `alias.target` (which must be routed too, with the same schema).
    public mutating func incumbentAlias(_ alias: IncumbentAlias) {
        precondition(incumbentAliases[alias.key] == nil, "incumbent id \(alias.key) aliased twice")
        incumbentAliases[alias.key] = alias
    }
}
