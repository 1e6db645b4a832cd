import DiscordModels
import DiscordSandbox

/// The stand-in guild as one member sees it in Discord, as JSON for the page: the channels and
/// threads, their DMs with the bot, and the messages they may see (ephemeral answers only to the
/// member who caused them, DMs only to their recipient).
struct GuildView: Sendable {
    let sandbox: DiscordSandbox
    /// The member looking, or nil for nobody in particular (no ephemerals, no DMs).
    let viewer: Snowflake?

    /// The guild's members (bot included, for mentions), roles, channels and the viewer's DMs.
    func directory() async -> JSONValue {
        let guild = sandbox.guild
        var members: [JSONValue] = [member(guild.bot, roles: [])]
        for member in await guild.members where !member.user.isBot {
            members.append(self.member(member.user, roles: member.roleIDs))
        }
        let roles = await guild.roles.map { role -> JSONValue in
            .object(["id": WebJSON.id(role.id), "name": .string(role.name), "color": .number(Double(role.color))])
        }
        return .object([
            "guild": .string(guild.name), "members": .array(members), "roles": .array(roles),
            "channels": .array(await guild.channels.filter { $0.kind != .voice }.map(channel)),
            "dms": .array(await directMessages().map(channel)),
        ])
    }

    /// Every message the viewer can see, per channel, oldest first.
    func visibleMessages() async -> [SandboxMessage] {
        var visible: [SandboxMessage] = []
        for channel in await sandbox.guild.channels + directMessages() {
            for message in await sandbox.guild.messages(in: channel.id) {
                if await canSee(message) { visible.append(message) }
            }
        }
        return visible
    }

    /// The viewer's messages in one channel, oldest first.
    func messages(in channelID: Snowflake) async -> [JSONValue] {
        var views: [JSONValue] = []
        for message in await sandbox.guild.messages(in: channelID) {
            if await canSee(message) { views.append(Self.message(message)) }
        }
        return views
    }

    /// The DM channels the bot opened with the viewer.
    func directMessages() async -> [SandboxChannel] {
        guard let viewer, let dm = await sandbox.guild.dmChannel(with: viewer) else { return [] }
        return [dm]
    }

    func canSee(_ message: SandboxMessage) async -> Bool {
        guard message.isEphemeral else { return true }
        guard let viewer, let interaction = message.interactionID else { return false }
        return await sandbox.member(causing: interaction) == viewer
    }

    /// A message as the page renders it: Discord's body fields plus who, when and how often edited.
    static func message(_ message: SandboxMessage) -> JSONValue {
        .object([
            "id": WebJSON.id(message.id), "channel": WebJSON.id(message.channelID),
            "author": .object(["id": WebJSON.id(message.author.id), "name": .string(message.author.username),
                               "bot": .bool(message.author.isBot)]),
            "content": .string(message.content), "embeds": .array(message.embeds),
            "components": .array(message.components), "ephemeral": .bool(message.isEphemeral),
            "loading": .bool(message.flags & 128 != 0 && message.content.isEmpty && message.embeds.isEmpty),
            "edits": .number(Double(message.editCount)), "editedAt": message.fields["edited_timestamp"] ?? .null,
            "timestamp": .number(Double(message.id.unixMilliseconds)),
        ])
    }

    func channel(_ channel: SandboxChannel) -> JSONValue {
        .object([
            "id": WebJSON.id(channel.id), "name": .string(channel.name), "kind": .number(Double(channel.kind.rawValue)),
            "parent": channel.parentID.map(WebJSON.id) ?? .null, "thread": .bool(channel.isThread),
        ])
    }

    func member(_ user: SandboxUser, roles: [Snowflake]) -> JSONValue {
        .object(["id": WebJSON.id(user.id), "name": .string(user.username), "bot": .bool(user.isBot),
                 "roles": .array(roles.map(WebJSON.id))])
    }
}
