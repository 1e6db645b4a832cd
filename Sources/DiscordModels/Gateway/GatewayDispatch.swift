/// A decoded gateway event (op 0). Unknown event names and payloads that fail to decode are
/// values, never errors, so one odd event cannot take the connection down.
public enum GatewayDispatch: Sendable, Equatable {
    /// READY: a new session started.
    case ready(Ready)
    /// RESUMED: the replay after a Resume is complete.
    case resumed
    /// GUILD_CREATE: a guild became available (or the bot joined one).
    case guildCreate(Guild)
    /// GUILD_UPDATE.
    case guildUpdate(Guild)
    /// GUILD_DELETE: outage (`unavailable: true`) or the bot was removed.
    case guildDelete(UnavailableGuild)
    /// GUILD_MEMBER_ADD (`guildID` set).
    case guildMemberAdd(Member)
    /// GUILD_MEMBER_UPDATE (`guildID` set): roles, nick, timeout changed.
    case guildMemberUpdate(Member)
    /// GUILD_MEMBER_REMOVE.
    case guildMemberRemove(GuildMemberRemove)
    /// GUILD_ROLE_CREATE.
    case guildRoleCreate(GuildRoleEvent)
    /// GUILD_ROLE_UPDATE.
    case guildRoleUpdate(GuildRoleEvent)
    /// GUILD_ROLE_DELETE.
    case guildRoleDelete(GuildRoleDelete)
    /// CHANNEL_CREATE.
    case channelCreate(Channel)
    /// CHANNEL_UPDATE.
    case channelUpdate(Channel)
    /// CHANNEL_DELETE.
    case channelDelete(Channel)
    /// THREAD_CREATE.
    case threadCreate(Channel)
    /// THREAD_UPDATE.
    case threadUpdate(Channel)
    /// THREAD_DELETE (partial: id, guild_id, parent_id, type).
    case threadDelete(Channel)
    /// MESSAGE_CREATE (DMs for modmail).
    case messageCreate(Message)
    /// MESSAGE_UPDATE.
    case messageUpdate(Message)
    /// MESSAGE_DELETE.
    case messageDelete(MessageDelete)
    /// MESSAGE_DELETE_BULK.
    case messageDeleteBulk(MessageDeleteBulk)
    /// INTERACTION_CREATE: acknowledge within 3 s.
    case interactionCreate(Interaction)
    /// GUILD_BAN_ADD.
    case guildBanAdd(GuildBan)
    /// GUILD_BAN_REMOVE.
    case guildBanRemove(GuildBan)
    /// RATE_LIMITED (gateway op 8 limits).
    case rateLimited(GatewayRateLimited)
    /// An event this module does not model.
    case unknown(name: String)
    /// A known event whose payload did not decode; log it and carry on.
    case undecodable(name: String, error: DiscordModelsError)

    /// The event name (`t`) this value corresponds to.
    public var name: String {
        switch self {
        case .ready: "READY"
        case .resumed: "RESUMED"
        case .guildCreate: "GUILD_CREATE"
        case .guildUpdate: "GUILD_UPDATE"
        case .guildDelete: "GUILD_DELETE"
        case .guildMemberAdd: "GUILD_MEMBER_ADD"
        case .guildMemberUpdate: "GUILD_MEMBER_UPDATE"
        case .guildMemberRemove: "GUILD_MEMBER_REMOVE"
        case .guildRoleCreate: "GUILD_ROLE_CREATE"
        case .guildRoleUpdate: "GUILD_ROLE_UPDATE"
        case .guildRoleDelete: "GUILD_ROLE_DELETE"
        case .channelCreate: "CHANNEL_CREATE"
        case .channelUpdate: "CHANNEL_UPDATE"
        case .channelDelete: "CHANNEL_DELETE"
        case .threadCreate: "THREAD_CREATE"
        case .threadUpdate: "THREAD_UPDATE"
        case .threadDelete: "THREAD_DELETE"
        case .messageCreate: "MESSAGE_CREATE"
        case .messageUpdate: "MESSAGE_UPDATE"
        case .messageDelete: "MESSAGE_DELETE"
        case .messageDeleteBulk: "MESSAGE_DELETE_BULK"
        case .interactionCreate: "INTERACTION_CREATE"
        case .guildBanAdd: "GUILD_BAN_ADD"
        case .guildBanRemove: "GUILD_BAN_REMOVE"
        case .rateLimited: "RATE_LIMITED"
        case .unknown(let name), .undecodable(let name, _): name
        }
    }
}
