import FeatureKit
import BotKit
import DiscordModels
import DiscordREST
import RaidDomain

/// The role-ping panel's buttons (§2.9): anyone may toggle one dungeon's ping role, or add or remove
/// them all. The mapping is read again on every press, so a panel drawn before a change still
/// grants the roles configured now. The incumbent's panels (`roleping:toggle:<dungeonKey>`,
/// `roleping:addall`, `roleping:removeall`), still in the channels after `raidbot import-postgres`,
/// press the same routes: its dungeon keys are our dungeon codes (`MOONLIGHT VILLAGE` with its space).
enum RolePingButtons {
    static func register(into routes: inout InteractionRoutes, environment: FeatureEnvironment) {
        routes.component(ComponentRoute(RolePingPanelView.toggle, rateLimit: RateLimit("roleping:toggle", .buttonDefault),
                                        action: .deferred(.ephemeralReply) { try await toggle($0, environment) }))
        routes.component(ComponentRoute(RolePingPanelView.addAll, rateLimit: RateLimit("roleping:bulk", .buttonDefault),
                                        action: .deferred(.ephemeralReply) { try await bulk($0, environment, add: true) }))
        routes.component(ComponentRoute(RolePingPanelView.removeAll, rateLimit: RateLimit("roleping:bulk", .buttonDefault),
                                        action: .deferred(.ephemeralReply) { try await bulk($0, environment, add: false) }))
        routes.incumbentAlias(IncumbentAlias("roleping", "toggle", [.translated(ourToken(incumbentKey:))], as: RolePingPanelView.toggle))
        routes.incumbentAlias(IncumbentAlias("roleping", "addall", as: RolePingPanelView.addAll))
        routes.incumbentAlias(IncumbentAlias("roleping", "removeall", as: RolePingPanelView.removeAll))
    }

    /// Our custom_id token for an incumbent dungeon key, or nil for a key our dungeon table lacks.
    /// The incumbent stored its `codeName`, which our table keeps verbatim.
    static func ourToken(incumbentKey key: String) -> String? {
        Dungeon.named(DungeonCode(key))?.code.customIDToken
    }

    static func toggle(_ context: InteractionContext, _ environment: FeatureEnvironment) async throws {
        let code = DungeonCode(customIDToken: context.customID?.arguments.first ?? "")
        guard let role = await DungeonRolePings(database: environment.database, guildID: environment.guildID)
            .roles(for: [code]).first else {
            throw BotKitError(.notFound, detail: "no ping role for \(code.rawValue)",
                              userMessage: "❌ This dungeon has no ping role any more. Ask staff to refresh the panel.")
        }
        let name = Dungeon.named(code)?.name ?? code.rawValue
        let has = context.standing.roleIDs.contains(role)
        try await change(role, add: !has, context, environment)
        try await context.reply(.text(has ? "🔕 You will no longer be pinged for **\(name)** (<@&\(role)> removed)."
                                          : "🔔 You will be pinged for **\(name)** (<@&\(role)> added)."))
    }

    static func bulk(_ context: InteractionContext, _ environment: FeatureEnvironment, add: Bool) async throws {
        let roles = try await DungeonRolePings(database: environment.database, guildID: environment.guildID).all().map(\.role)
        let held = Set(context.standing.roleIDs)
        let due = Array(Set(roles.filter { held.contains($0) != add })).sorted()
        for role in due { try await change(role, add: add, context, environment) }
        try await context.reply(.text(due.isEmpty ? "Nothing to change."
            : (add ? "🔔 Added \(due.count) ping role(s)." : "🔕 Removed \(due.count) ping role(s).")))
    }

    /// Gives or takes one role; Discord refusing (the role sits above the bot) becomes plain words.
    static func change(_ role: Snowflake, add: Bool, _ context: InteractionContext, _ environment: FeatureEnvironment) async throws {
        do {
            if add {
                try await environment.rest.addMemberRole(guildID: environment.guildID, userID: context.userID, roleID: role,
                                                         reason: "Role-ping panel")
            } else {
                try await environment.rest.removeMemberRole(guildID: environment.guildID, userID: context.userID, roleID: role,
                                                            reason: "Role-ping panel")
            }
        } catch let error as RESTError where error.status == 403 {
            throw BotKitError(.botMissingPermissions, detail: "role \(role): \(error)",
                              userMessage: "❌ The bot may not manage <@&\(role)>: it must sit below the bot's own role.")
        }
    }
}
