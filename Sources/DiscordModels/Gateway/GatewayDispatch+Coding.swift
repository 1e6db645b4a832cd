extension GatewayDispatch {
    /// Decodes the payload `d` of event `name`; a payload that does not fit becomes `.undecodable`.
    static func decode<Key: CodingKey>(name: String, from container: KeyedDecodingContainer<Key>,
                                       payloadKey key: Key) -> GatewayDispatch {
        do {
            return try decodeKnown(name: name, container, key) ?? .unknown(name: name)
        } catch {
            let detail = DiscordModelsError(.undecodablePayload, "\(name): \(error)", underlying: error)
            return .undecodable(name: name, error: detail)
        }
    }

    private static func decodeKnown<Key: CodingKey>(name: String, _ container: KeyedDecodingContainer<Key>,
                                                    _ key: Key) throws -> GatewayDispatch? {
        func payload<T: Decodable>(_ type: T.Type) throws -> T { try container.decode(T.self, forKey: key) }
        switch name {
        case "READY": return .ready(try payload(Ready.self))
        case "RESUMED": return .resumed
        case "GUILD_CREATE": return .guildCreate(try payload(Guild.self))
        case "GUILD_UPDATE": return .guildUpdate(try payload(Guild.self))
        case "GUILD_DELETE": return .guildDelete(try payload(UnavailableGuild.self))
        case "GUILD_MEMBER_ADD": return .guildMemberAdd(try payload(Member.self))
        case "GUILD_MEMBER_UPDATE": return .guildMemberUpdate(try payload(Member.self))
        case "GUILD_MEMBER_REMOVE": return .guildMemberRemove(try payload(GuildMemberRemove.self))
        case "GUILD_ROLE_CREATE": return .guildRoleCreate(try payload(GuildRoleEvent.self))
        case "GUILD_ROLE_UPDATE": return .guildRoleUpdate(try payload(GuildRoleEvent.self))
        case "GUILD_ROLE_DELETE": return .guildRoleDelete(try payload(GuildRoleDelete.self))
        case "CHANNEL_CREATE": return .channelCreate(try payload(Channel.self))
        case "CHANNEL_UPDATE": return .channelUpdate(try payload(Channel.self))
        case "CHANNEL_DELETE": return .channelDelete(try payload(Channel.self))
        case "THREAD_CREATE": return .threadCreate(try payload(Channel.self))
        case "THREAD_UPDATE": return .threadUpdate(try payload(Channel.self))
        case "THREAD_DELETE": return .threadDelete(try payload(Channel.self))
        case "MESSAGE_CREATE": return .messageCreate(try payload(Message.self))
        case "MESSAGE_UPDATE": return .messageUpdate(try payload(Message.self))
        case "MESSAGE_DELETE": return .messageDelete(try payload(MessageDelete.self))
        case "MESSAGE_DELETE_BULK": return .messageDeleteBulk(try payload(MessageDeleteBulk.self))
        case "INTERACTION_CREATE": return .interactionCreate(try payload(Interaction.self))
        case "GUILD_BAN_ADD": return .guildBanAdd(try payload(GuildBan.self))
        case "GUILD_BAN_REMOVE": return .guildBanRemove(try payload(GuildBan.self))
        case "RATE_LIMITED": return .rateLimited(try payload(GatewayRateLimited.self))
        default: return nil
        }
    }

    /// Encodes the payload as `d` (null for RESUMED, unknown and undecodable events).
    func encodePayload<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
        switch self {
        case .ready(let value): try container.encode(value, forKey: key)
        case .guildCreate(let value), .guildUpdate(let value): try container.encode(value, forKey: key)
        case .guildDelete(let value): try container.encode(value, forKey: key)
        case .guildMemberAdd(let value), .guildMemberUpdate(let value): try container.encode(value, forKey: key)
        case .guildMemberRemove(let value): try container.encode(value, forKey: key)
        case .guildRoleCreate(let value), .guildRoleUpdate(let value): try container.encode(value, forKey: key)
        case .guildRoleDelete(let value): try container.encode(value, forKey: key)
        case .channelCreate(let value), .channelUpdate(let value), .channelDelete(let value),
             .threadCreate(let value), .threadUpdate(let value), .threadDelete(let value):
            try container.encode(value, forKey: key)
        case .messageCreate(let value), .messageUpdate(let value): try container.encode(value, forKey: key)
        case .messageDelete(let value): try container.encode(value, forKey: key)
        case .messageDeleteBulk(let value): try container.encode(value, forKey: key)
        case .interactionCreate(let value): try container.encode(value, forKey: key)
        case .guildBanAdd(let value), .guildBanRemove(let value): try container.encode(value, forKey: key)
        case .rateLimited(let value): try container.encode(value, forKey: key)
        case .resumed, .unknown, .undecodable: try container.encodeNil(forKey: key)
        }
    }
}
