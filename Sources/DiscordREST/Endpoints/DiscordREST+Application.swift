import DiscordModels

/// Start-up calls: where the gateway is, and the slash commands.
extension DiscordREST {
    /// `GET /gateway/bot`: the gateway URL and the session-start budget, as Discord asks bots to discover it.
    public func getGatewayBot() async throws -> GatewayBotInfo {
        try await call(.get, "/gateway/bot")
    }

    /// Replaces every command of the application in one guild (instant; creates count 200/day/guild).
    public func bulkOverwriteGuildCommands(applicationID: Snowflake, guildID: Snowflake,
                                           commands: [ApplicationCommand]) async throws -> [ApplicationCommand] {
        try Validation.check(route: "PUT /applications/:id/guilds/:id/commands") { try MessageLimits.validate(commands) }
        return try await call(.put, "/applications/\(applicationID)/guilds/\(guildID)/commands", body: commands)
    }

    /// Replaces every global command of the application.
    public func bulkOverwriteGlobalCommands(applicationID: Snowflake,
                                            commands: [ApplicationCommand]) async throws -> [ApplicationCommand] {
        try Validation.check(route: "PUT /applications/:id/commands") { try MessageLimits.validate(commands) }
        return try await call(.put, "/applications/\(applicationID)/commands", body: commands)
    }
}
