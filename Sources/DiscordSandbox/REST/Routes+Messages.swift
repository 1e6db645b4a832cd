import DiscordModels

/// Channel messages: create (with nonce dedupe), read, edit, delete, bulk delete.
extension RESTWorld {
    var messageRoutes: [Route] {
        [
            Route("POST", "/channels/{channel.id}/messages/bulk-delete") { try await bulkDelete($0) },
            Route("POST", "/channels/{channel.id}/messages") { try await createMessage($0) },
            Route("GET", "/channels/{channel.id}/messages") { try await listMessages($0) },
            Route("GET", "/channels/{channel.id}/messages/{message.id}") { try await getMessage($0) },
            Route("PATCH", "/channels/{channel.id}/messages/{message.id}") { try await editMessage($0) },
            Route("DELETE", "/channels/{channel.id}/messages/{message.id}") { try await deleteMessage($0) },
            Route("PUT", "/channels/{channel.id}/messages/{message.id}/reactions/{emoji}/@me") { try await addReaction($0) },
        ]
    }

    private func createMessage(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let body = try call.object()
        try requireWithinLimits(MessageLimitCheck.message(body))
        if MessageLimitCheck.isEmpty(body) { throw DiscordFailure.emptyMessage }
        if body["enforce_nonce"]?.asBool == true, let nonce = body["nonce"],
           let existing = await guild.messages(in: channelID).first(where: { $0.fields["nonce"] == nonce }) {
            return .ok(await guild.messageWire(existing))
        }
        let message = try await guild.createMessage(in: channelID, author: guild.bot, fields: body)
        let wire = await guild.messageWire(message)
        let isDM = await guild.channel(channelID)?.kind == .directMessage
        await hub.dispatch("MESSAGE_CREATE", data: wire, intent: isDM ? 1 << 12 : 1 << 9)
        return .ok(wire)
    }

    private func addReaction(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let messageID = try call.id("message.id", orElse: .unknownMessage)
        let emoji = Self.percentDecoded(call.parameters["emoji"] ?? "")
        guard !emoji.isEmpty else { throw DiscordFailure(status: 400, code: 10014, message: "Unknown Emoji") }
        try await guild.addBotReaction(emoji, to: messageID, in: channelID)
        return .noContent
    }

    /// `%E2%9C%85` → "✅" (a path segment as the client encoded it).
    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = [], index = text.startIndex
        while index < text.endIndex {
            if text[index] == "%", let end = text.index(index, offsetBy: 3, limitedBy: text.endIndex),
               let byte = UInt8(text[text.index(after: index)..<end], radix: 16) {
                bytes.append(byte)
                index = end
            } else {
                bytes.append(contentsOf: Array(String(text[index]).utf8))
                index = text.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func listMessages(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let limit = min(100, max(1, Int(call.query["limit"] ?? "") ?? 50))
        let messages = try await guild.recentMessages(in: channelID, limit: limit)
        var wires: [JSONValue] = []
        for message in messages { wires.append(await guild.messageWire(message)) }
        return .ok(.array(wires))
    }

    private func getMessage(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let messageID = try call.id("message.id", orElse: .unknownMessage)
        guard let message = await guild.message(messageID), message.channelID == channelID else {
            throw DiscordFailure.unknownMessage
        }
        return .ok(await guild.messageWire(message))
    }

    private func editMessage(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let messageID = try call.id("message.id", orElse: .unknownMessage)
        let body = try call.object()
        try requireWithinLimits(MessageLimitCheck.message(body))
        guard let existing = await guild.message(messageID), existing.channelID == channelID else {
            throw DiscordFailure.unknownMessage
        }
        if existing.author.id != guild.bot.id, Set(body.keys) != ["flags"] {
            throw DiscordFailure(status: 403, code: 50005, message: "Cannot edit a message authored by another user")
        }
        let edited = try await guild.editMessage(messageID, in: channelID, fields: body)
        let wire = await guild.messageWire(edited)
        await hub.dispatch("MESSAGE_UPDATE", data: wire, intent: 1 << 9)
        return .ok(wire)
    }

    private func deleteMessage(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let messageID = try call.id("message.id", orElse: .unknownMessage)
        try await guild.deleteMessage(messageID, in: channelID)
        await hub.dispatch("MESSAGE_DELETE", data: .object([
            "id": .id(messageID), "channel_id": .id(channelID), "guild_id": .id(guild.id),
        ]), intent: 1 << 9)
        return .noContent
    }

    private func bulkDelete(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let ids = (try call.object()["messages"]?.asArray ?? []).compactMap(\.asSnowflake)
        guard (2...100).contains(ids.count) else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.countOutOfRange(["messages"], 2, 100)])
        }
        guard Set(ids).count == ids.count else {
            throw DiscordFailure.invalidForm([FormViolation(path: ["messages"], code: "BASE_TYPE_DUPLICATE", message: "Duplicate ids")])
        }
        try await guild.bulkDelete(ids, in: channelID, nowMilliseconds: await guild.nowMilliseconds())
        return .noContent
    }
}
