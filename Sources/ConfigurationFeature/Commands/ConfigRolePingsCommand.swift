import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// `/configrolepings` (§8.5): which role is pinged (besides @here) when a dungeon's run or
/// headcount is posted. Moderator or higher, as the incumbent documented (its backend quietly
/// demanded Administrator); the hierarchy lets every higher rank through.
enum ConfigRolePingsCommand {
    static let declaration = CommandDeclaration(
        name: "configrolepings", description: "Set or remove the role pinged for a dungeon's runs",
        options: [
            ApplicationCommandOption(type: .string, name: "dungeon", description: "The dungeon", required: true,
                                     autocomplete: true),
            ApplicationCommandOption(type: .role, name: "role", description: "The role to ping (leave out to remove)"),
        ],
        gate: .rank(.moderator), deferStyle: .publicReply, rateLimit: .commandConfig,
        usage: "/configrolepings dungeon:<name> [role:@role]",
        examples: ["/configrolepings dungeon:Shatters role:@Shatters Pings", "/configrolepings dungeon:Shatters"])

    static func handle(_ context: InteractionContext, environment: FeatureEnvironment) async throws {
        let data = context.commandData
        let typed = data?.leafOptions.first { $0.name == "dungeon" }?.value?.stringValue ?? ""
        guard let dungeon = Dungeon.named(DungeonCode(typed.trimmingSpaces())) else {
            throw BotKitError(.validation, detail: "unknown dungeon \(typed)",
                              userMessage: "❌ Unknown dungeon. Pick one from the list as you type.")
        }
        let role = data?.leafOptions.first { $0.name == "role" }?.value?.snowflakeValue
        if let role {
            try SetRolesCommand.refuseUnusable(role, guildID: environment.guildID, resolved: data?.resolved,
                                               purpose: "a dungeon ping role")
        }
        let now = context.clock.unixMilliseconds()
        let previous = try await DungeonRolePings(database: environment.database, guildID: environment.guildID)
            .set(dungeon.code, role: role, actorID: context.userID, now: now)
        let text = role.map { "✅ **\(dungeon.name)** runs will now ping: • @here • <@&\($0)>" }
            ?? "✅ Removed the custom role ping for **\(dungeon.name)**; its runs only ping @here."
        try await context.reply(Reply(embeds: [Embed(title: "✅ Configuration Updated", description: text, color: 0x57F287)]))
        await LogChannels(environment).post(Embed(
            title: "⚙️ Dungeon Role Ping", description: """
                **Dungeon:** \(dungeon.name)
                **Before:** \(previous.map { "<@&\($0)>" } ?? "none")
                **Now:** \(role.map { "<@&\($0)>" } ?? "none")
                **By:** <@\(context.userID)>
                """), to: .botLog)
        await RolePingPanel.refresh(environment)
    }
}
