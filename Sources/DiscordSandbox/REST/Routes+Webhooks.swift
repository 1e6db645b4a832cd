import DiscordModels

/// Interaction follow-ups and @original, addressed by application id and interaction token.
extension RESTWorld {
    var webhookRoutes: [Route] {
        let original = "/webhooks/{application.id}/{interaction.token}/messages/@original"
        let followup = "/webhooks/{application.id}/{interaction.token}/messages/{message.id}"
        return [
            Route("POST", "/webhooks/{application.id}/{interaction.token}", auth: false) { try await createFollowup($0) },
            Route("GET", original, auth: false) { try await readOriginal($0) },
            Route("PATCH", original, auth: false) { try await editOriginal($0) },
            Route("DELETE", original, auth: false) { try await deleteOriginal($0) },
            Route("GET", followup, auth: false) { try await readFollowup($0) },
            Route("PATCH", followup, auth: false) { try await editFollowup($0) },
            Route("DELETE", followup, auth: false) { try await deleteFollowup($0) },
        ]
    }

    private func liveEntry(_ call: RESTCall) async throws -> InteractionLedger.Entry {
        guard call.parameters["application.id"] == configuration.applicationID.description else {
            throw DiscordFailure.unknownWebhook
        }
        return try await ledger.entry(applicationToken: call.text("interaction.token"))
    }

    private func createFollowup(_ call: RESTCall) async throws -> RESTReply {
        var entry = try await liveEntry(call)
        let body = try call.object()
        try requireWithinLimits(MessageLimitCheck.message(body))
        if MessageLimitCheck.isEmpty(body) { throw DiscordFailure.emptyMessage }
        let message: SandboxMessage
        if entry.originalPending, let original = entry.originalMessageID {
            var fields = body
            fields["flags"] = .int(((await guild.message(original))?.flags ?? 0) & ~128)
            message = try await guild.editMessage(original, in: entry.channelID, fields: fields)
            entry.originalPending = false
        } else {
            message = try await guild.createMessage(in: entry.channelID, author: guild.bot, fields: body, interactionID: entry.id)
        }
        await ledger.accept(entry, .followupCreated(messageID: message.id), body: call.body, status: 200)
        return .ok(await guild.messageWire(message))
    }

    private func originalMessage(_ entry: InteractionLedger.Entry) async throws -> SandboxMessage {
        guard let id = entry.originalMessageID, let message = await guild.message(id) else {
            throw DiscordFailure.unknownMessage
        }
        return message
    }

    private func readOriginal(_ call: RESTCall) async throws -> RESTReply {
        .ok(await guild.messageWire(try await originalMessage(try await liveEntry(call))))
    }

    private func editOriginal(_ call: RESTCall) async throws -> RESTReply {
        var entry = try await liveEntry(call)
        let body = try call.object()
        try requireWithinLimits(MessageLimitCheck.message(body))
        let original = try await originalMessage(entry)
        var fields = body
        if entry.originalPending { fields["flags"] = .int((body["flags"]?.asInt ?? original.flags) & ~128) }
        let edited = try await guild.editMessage(original.id, in: original.channelID, fields: fields)
        entry.originalPending = false
        await ledger.accept(entry, .originalEdited, body: call.body, status: 200)
        return .ok(await guild.messageWire(edited))
    }

    private func deleteOriginal(_ call: RESTCall) async throws -> RESTReply {
        let entry = try await liveEntry(call)
        let original = try await originalMessage(entry)
        try await guild.deleteMessage(original.id, in: original.channelID)
        await ledger.accept(entry, .originalDeleted, body: nil, status: 204)
        return .noContent
    }

    private func followupMessage(_ call: RESTCall, _ entry: InteractionLedger.Entry) async throws -> SandboxMessage {
        let id = try call.id("message.id", orElse: .unknownMessage)
        guard let message = await guild.message(id), message.interactionID == entry.id else {
            throw DiscordFailure.unknownMessage
        }
        return message
    }

    private func readFollowup(_ call: RESTCall) async throws -> RESTReply {
        let entry = try await liveEntry(call)
        return .ok(await guild.messageWire(try await followupMessage(call, entry)))
    }

    private func editFollowup(_ call: RESTCall) async throws -> RESTReply {
        let entry = try await liveEntry(call)
        let body = try call.object()
        try requireWithinLimits(MessageLimitCheck.message(body))
        let message = try await followupMessage(call, entry)
        let edited = try await guild.editMessage(message.id, in: message.channelID, fields: body)
        await ledger.accept(entry, .followupEdited(messageID: message.id), body: call.body, status: 200)
        return .ok(await guild.messageWire(edited))
    }

    private func deleteFollowup(_ call: RESTCall) async throws -> RESTReply {
        let entry = try await liveEntry(call)
        let message = try await followupMessage(call, entry)
        try await guild.deleteMessage(message.id, in: message.channelID)
        await ledger.accept(entry, .followupDeleted(messageID: message.id), body: nil, status: 204)
        return .noContent
    }
}
