import DiscordModels
import DiscordREST

/// What the bot may do in the guild, read from Discord: whether it can post panels and tickets in a
/// channel (Send Messages and Embed Links, overwrites applied) and give a role (not `@everyone`, not
/// managed, below its highest role).
struct BotAccess: Sendable {
    let roles: [Role]
    let bot: Member
    let guildID: Snowflake

    /// Reads the guild's roles and the bot's member.
    static func read(_ rest: DiscordREST, guildID: Snowflake) async throws -> BotAccess {
        let me = try await rest.getCurrentUser()
        async let roles = rest.listRoles(guildID: guildID)
        async let member = rest.getMember(guildID: guildID, userID: me.id)
        return BotAccess(roles: try await roles, bot: try await member, guildID: guildID)
    }

    /// The bot's highest role position.
    var highestPosition: Int {
        roles.filter { bot.roles.contains($0.id) }.map(\.position).max() ?? 0
    }

    /// Why `roleID` cannot be granted by the bot, or nil when it can.
    func refusal(granting roleID: Snowflake) -> String? {
        guard let role = roles.first(where: { $0.id == roleID }) else { return "the role no longer exists" }
        if role.id == guildID { return "it is @everyone" }
        if role.managed { return "it is managed by a bot or an integration" }
        if role.position >= highestPosition { return "it is not below my highest role; move my role above it" }
        if !guildPermissions.contains(.manageRoles) && !guildPermissions.contains(.administrator) {
            return "I lack the Manage Roles permission"
        }
        return nil
    }

    /// The role's name, if it exists.
    func name(of roleID: Snowflake) -> String? { roles.first { $0.id == roleID }?.name }

    /// The bot's permissions from its roles, before channel overwrites.
    var guildPermissions: Permissions {
        roles.filter { $0.id == guildID || bot.roles.contains($0.id) }.reduce(Permissions()) { $0.union($1.permissions) }
    }

    /// The bot's permissions in `channel` (Discord's order: @everyone, roles, member overwrites).
    func permissions(in channel: Channel) -> Permissions {
        var permissions = guildPermissions
        if permissions.contains(.administrator) { return Permissions(rawValue: .max) }
        let overwrites = channel.permissionOverwrites ?? []
        if let everyone = overwrites.first(where: { $0.id == guildID }) {
            permissions = permissions.subtracting(everyone.deny).union(everyone.allow)
        }
        let roleOverwrites = overwrites.filter { $0.type == 0 && $0.id != guildID && bot.roles.contains($0.id) }
        let denied = roleOverwrites.reduce(Permissions()) { $0.union($1.deny) }
        let allowed = roleOverwrites.reduce(Permissions()) { $0.union($1.allow) }
        permissions = permissions.subtracting(denied).union(allowed)
        if let mine = overwrites.first(where: { $0.type == 1 && $0.id == bot.user?.id }) {
            permissions = permissions.subtracting(mine.deny).union(mine.allow)
        }
        return permissions
    }

    /// Whether the bot can post embeds in `channel`.
    func canPost(in channel: Channel) -> Bool {
        permissions(in: channel).isSuperset(of: [.viewChannel, .sendMessages, .embedLinks])
    }
}
