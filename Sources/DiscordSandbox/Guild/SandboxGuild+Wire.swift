import DiscordModels

/// The guild rendered as Discord's JSON for GUILD_CREATE and REST reads.
extension SandboxGuild {
    /// GUILD_CREATE's `d`: the full guild with roles, channels, threads and members.
    func guildCreateWire() -> JSONValue {
        var object = guildWire().asObject ?? [:]
        let guildChannels = channelTable.values.filter { $0.kind != .directMessage && !$0.isThread }
        let threads = channelTable.values.filter(\.isThread)
        object["channels"] = .array(guildChannels.sorted { $0.id < $1.id }.map { $0.wire(guildID: id) })
        object["threads"] = .array(threads.sorted { $0.id < $1.id }.map { $0.wire(guildID: id) })
        object["members"] = .array(members.map { $0.wire() })
        object["member_count"] = .int(memberTable.count)
        object["joined_at"] = .string(ISOTimestamp.string(unixMilliseconds: id.unixMilliseconds))
        object["large"] = .bool(false)
        object["unavailable"] = .bool(false)
        object["presences"] = .array([])
        object["voice_states"] = .array([])
        object["stage_instances"] = .array([])
        object["guild_scheduled_events"] = .array([])
        object["soundboard_sounds"] = .array([])
        return .object(object)
    }

    /// The guild object as `GET /guilds/{id}` returns it.
    func guildWire() -> JSONValue {
        .object([
            "id": .id(id), "name": .string(name), "icon": .null, "owner_id": .id(ownerID),
            "roles": .array(roles.map(\.wire)), "emojis": .array([]), "stickers": .array([]),
            "features": .array([]), "verification_level": .int(1), "default_message_notifications": .int(1),
            "explicit_content_filter": .int(2), "mfa_level": .int(0), "premium_tier": .int(0),
            "preferred_locale": .string("en-US"), "nsfw_level": .int(0), "system_channel_id": .null,
            "afk_channel_id": .null, "afk_timeout": .int(300), "application_id": .null, "description": .null,
        ])
    }

    /// A member rendered with its guild id, as GUILD_MEMBER_UPDATE sends it.
    func memberUpdateWire(_ memberID: Snowflake) -> JSONValue? {
        guard var object = memberTable[memberID]?.wire().asObject else { return nil }
        object["guild_id"] = .id(id)
        return .object(object)
    }

    /// A channel rendered as Discord sends it.
    func channelWire(_ channelID: Snowflake) -> JSONValue? {
        guard let channel = channelTable[channelID] else { return nil }
        return channel.wire(guildID: id, recipient: channel.recipientID.flatMap { users[$0] })
    }

    /// A message rendered as Discord sends it (guild id only for guild channels).
    func messageWire(_ message: SandboxMessage) -> JSONValue {
        let inGuild = channelTable[message.channelID]?.kind != .directMessage
        return message.wire(guildID: inGuild ? id : nil)
    }
}
