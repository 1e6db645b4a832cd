import BotKit

/// `/help` and `/ping`.
enum GeneralFeature: Feature {
    /// The commands.
    static func declarations() -> [CommandDeclaration] { [] }

    /// Routes the commands.
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {}
}
