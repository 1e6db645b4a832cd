import DiscordModels

/// Message changes REST calls make, with Discord's errors for unknown channels and messages.
extension SandboxGuild {
    /// Creates a message from a body; DMs to users who closed them fail with 50007.
    func createMessage(in channelID: Snowflake, author: SandboxUser, fields: [String: JSONValue],
                       interactionID: Snowflake? = nil) throws -> SandboxMessage {
        guard let channel = channelTable[channelID] else { throw DiscordFailure.unknownChannel }
        if channel.kind == .directMessage, let recipient = channel.recipientID, users[recipient]?.acceptsDMs == false {
            throw DiscordFailure.cannotDM
        }
        let message = SandboxMessage(id: mintID(), channelID: channelID, author: author, fields: fields,
                                     interactionID: interactionID)
        messageTable[channelID, default: []].append(message)
        return message
    }

    /// Merges an edit into a message (keys present in the body replace the old ones).
    func editMessage(_ messageID: Snowflake, in channelID: Snowflake?, fields: [String: JSONValue]) throws -> SandboxMessage {
        guard let (channel, index) = locate(messageID, in: channelID) else { throw DiscordFailure.unknownMessage }
        var message = messageTable[channel]![index]
        for (key, value) in fields { message.fields[key] = value }
        message.editCount += 1
        message.fields["edited_timestamp"] = .string(ISOTimestamp.string(unixMilliseconds: mintID().unixMilliseconds))
        messageTable[channel]![index] = message
        return message
    }

    /// Deletes one message.
    func deleteMessage(_ messageID: Snowflake, in channelID: Snowflake?) throws {
        guard let (channel, index) = locate(messageID, in: channelID) else { throw DiscordFailure.unknownMessage }
        messageTable[channel]!.remove(at: index)
    }

    /// Deletes 2–100 messages at once (50034 if any is older than 14 days by snowflake time).
    func bulkDelete(_ ids: [Snowflake], in channelID: Snowflake, nowMilliseconds: UInt64) throws {
        guard channelTable[channelID] != nil else { throw DiscordFailure.unknownChannel }
        let fourteenDays: UInt64 = 14 * 86_400_000
        if ids.contains(where: { $0.unixMilliseconds + fourteenDays < nowMilliseconds }) {
            throw DiscordFailure.tooOldToBulkDelete
        }
        let doomed = Set(ids)
        messageTable[channelID]?.removeAll { doomed.contains($0.id) }
    }

    /// Up to `limit` newest messages, newest first (as `GET /channels/{id}/messages` returns).
    func recentMessages(in channelID: Snowflake, limit: Int) throws -> [SandboxMessage] {
        guard channelTable[channelID] != nil else { throw DiscordFailure.unknownChannel }
        return Array((messageTable[channelID] ?? []).suffix(limit).reversed())
    }

    /// Opens (or returns) the DM channel with a user.
    func openDM(with userID: Snowflake) throws -> SandboxChannel {
        guard let user = users[userID] else { throw DiscordFailure.unknownUser }
        if let existing = dmChannelByUser[userID], let channel = channelTable[existing] { return channel }
        let channel = SandboxChannel(id: mintID(), name: user.username, kind: .directMessage, recipientID: userID)
        channelTable[channel.id] = channel
        dmChannelByUser[userID] = channel.id
        return channel
    }

    /// The newest message the sandbox minted time for, as Unix milliseconds (the sandbox's "now").
    func nowMilliseconds() -> UInt64 { mintID().unixMilliseconds }

    private func locate(_ messageID: Snowflake, in channelID: Snowflake?) -> (Snowflake, Int)? {
        let candidates = channelID.map { [$0] } ?? Array(messageTable.keys)
        for channel in candidates {
            if let index = messageTable[channel]?.firstIndex(where: { $0.id == messageID }) { return (channel, index) }
        }
        return nil
    }
}

/// Reactions: the bot marking a message.
extension SandboxGuild {
    /// Adds the bot's reaction `emoji` to a message (idempotent, as Discord's PUT is).
    func addBotReaction(_ emoji: String, to messageID: Snowflake, in channelID: Snowflake) throws {
        guard let index = messageTable[channelID]?.firstIndex(where: { $0.id == messageID }) else {
            throw DiscordFailure.unknownMessage
        }
        var message = messageTable[channelID]![index]
        var reactions = message.fields["reactions"]?.asArray ?? []
        guard !reactions.contains(where: { $0["emoji"]?["name"]?.asString == emoji }) else { return }
        reactions.append(.object(["emoji": .object(["id": .null, "name": .string(emoji)]), "count": .int(1), "me": .bool(true)]))
        message.fields["reactions"] = .array(reactions)
        messageTable[channelID]![index] = message
    }
}
