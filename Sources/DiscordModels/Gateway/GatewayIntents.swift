/// The gateway intents bitmask sent in Identify, choosing which events Discord delivers.
public struct GatewayIntents: OptionSet, Codable, Hashable, Sendable {
    /// The raw bits.
    public var rawValue: UInt64

    /// Wraps raw bits.
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Guild, role, channel and thread events.
    public static let guilds = GatewayIntents(rawValue: 1 << 0)
    /// Member add/update/remove (privileged).
    public static let guildMembers = GatewayIntents(rawValue: 1 << 1)
    /// Bans and audit-log entries.
    public static let guildModeration = GatewayIntents(rawValue: 1 << 2)
    /// Emoji, sticker and sound changes.
    public static let guildExpressions = GatewayIntents(rawValue: 1 << 3)
    /// Integration changes.
    public static let guildIntegrations = GatewayIntents(rawValue: 1 << 4)
    /// Webhook changes.
    public static let guildWebhooks = GatewayIntents(rawValue: 1 << 5)
    /// Invite changes.
    public static let guildInvites = GatewayIntents(rawValue: 1 << 6)
    /// Voice state changes.
    public static let guildVoiceStates = GatewayIntents(rawValue: 1 << 7)
    /// Presence updates (privileged).
    public static let guildPresences = GatewayIntents(rawValue: 1 << 8)
    /// Guild message events.
    public static let guildMessages = GatewayIntents(rawValue: 1 << 9)
    /// Guild reaction events.
    public static let guildMessageReactions = GatewayIntents(rawValue: 1 << 10)
    /// Guild typing events.
    public static let guildMessageTyping = GatewayIntents(rawValue: 1 << 11)
    /// Direct-message events (modmail).
    public static let directMessages = GatewayIntents(rawValue: 1 << 12)
    /// DM reaction events.
    public static let directMessageReactions = GatewayIntents(rawValue: 1 << 13)
    /// DM typing events.
    public static let directMessageTyping = GatewayIntents(rawValue: 1 << 14)
    /// Message content in guild messages (privileged).
    public static let messageContent = GatewayIntents(rawValue: 1 << 15)
    /// Scheduled event changes.
    public static let guildScheduledEvents = GatewayIntents(rawValue: 1 << 16)
    /// AutoMod rule changes.
    public static let autoModerationConfiguration = GatewayIntents(rawValue: 1 << 20)
    /// AutoMod actions.
    public static let autoModerationExecution = GatewayIntents(rawValue: 1 << 21)
    /// Guild poll votes.
    public static let guildMessagePolls = GatewayIntents(rawValue: 1 << 24)
    /// DM poll votes.
    public static let directMessagePolls = GatewayIntents(rawValue: 1 << 25)

    /// What a raid bot needs: GUILDS | GUILD_MEMBERS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT
    /// = 37379. GUILD_MESSAGES and MESSAGE_CONTENT serve only modmail's thread relay (staff answering a
    /// ticket with plain thread messages); GUILD_MEMBERS and MESSAGE_CONTENT are privileged, so both
    /// must be enabled on the Developer Portal's Bot page or the gateway closes with 4014.
    public static let raidBot: GatewayIntents = [.guilds, .guildMembers, .guildMessages, .directMessages, .messageContent]

    /// The privileged intents among these, by their Developer Portal names (for the 4014 error).
    public var privilegedNames: [String] {
        var names: [String] = []
        if contains(.guildMembers) { names.append("Server Members Intent (GUILD_MEMBERS)") }
        if contains(.guildPresences) { names.append("Presence Intent (GUILD_PRESENCES)") }
        if contains(.messageContent) { names.append("Message Content Intent (MESSAGE_CONTENT)") }
        return names
    }
}
