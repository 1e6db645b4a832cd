import BotKit
import DiscordModels
import DiscordREST
import RaidDomain

/// Which Discord roles may carry a quota: a real role of the guild, not @everyone, not managed by an
/// integration, and below the bot's highest role (so its members can be listed and managed).
/// Positions are read from Discord at the moment of the check, as ModerationFeature does.
enum QuotaRoleCheck {
    /// Refuses `role` plainly unless it qualifies.
    static func require(_ role: RoleID, botID: Snowflake, _ services: QuotaServices) async throws {
        let id = Snowflake(role.rawValue)
        guard id != services.guildID else {
            throw ConfigInput.refusal("❌ @everyone cannot have a quota. Choose a staff role.")
        }
        let guild = try await services.rest.getGuild(guildID: services.guildID)
        guard let target = guild.roles.first(where: { $0.id == id }) else {
            throw ConfigInput.refusal("❌ That role does not exist in this server any more.")
        }
        guard !target.managed else {
            throw ConfigInput.refusal("❌ <@&\(id)> is managed by an integration (a bot or booster role). "
                + "Choose a staff role.")
        }
        let bot = try await services.rest.getMember(guildID: services.guildID, userID: botID)
        let botTop = guild.roles.filter { bot.roles.contains($0.id) }.map(\.position).max() ?? 0
        guard target.position < botTop else {
            throw ConfigInput.refusal("❌ <@&\(id)> is above my highest role. Move my role above it, or choose another role.")
        }
    }
}
