import DiscordModels

/// The interaction callback: the 3 s deadline, one acknowledgement, and its effect on messages.
extension RESTWorld {
    var interactionRoutes: [Route] {
        [Route("POST", "/interactions/{interaction.id}/{interaction.token}/callback", auth: false) { try await callback($0) }]
    }

    private func callback(_ call: RESTCall) async throws -> RESTReply {
        let id = try call.id("interaction.id", orElse: .unknownInteraction)
        let body = try call.object()
        guard let type = body["type"]?.asInt else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.required(["type"])])
        }
        let data = body["data"]?.asObject ?? [:]
        guard let known = await ledger.entry(id), known.token == call.text("interaction.token") else {
            throw DiscordFailure.unknownInteraction
        }
        let violations = Self.callbackViolations(type: type, interactionType: known.type, data: data)
        if !violations.isEmpty {
            // Recorded so `reply.callback` shows the rejection instead of timing out.
            await ledger.accept(known, .callback(type: type), body: call.body, status: 400)
            throw DiscordFailure.invalidForm(violations)
        }
        var entry = try await ledger.acknowledge(id: id, token: call.text("interaction.token"), type: type, body: call.body)
        try await applyCallback(type: type, data: data, to: &entry)
        await ledger.accept(entry, .callback(type: type), body: call.body, status: 204)
        guard call.query["with_response"] == "true" else { return .noContent }
        var resource: [String: JSONValue] = ["type": .int(type)]
        if let original = entry.originalMessageID, let message = await guild.message(original) {
            resource["message"] = await guild.messageWire(message)
        }
        return .ok(.object([
            "interaction": .object(["id": .id(id), "type": .int(entry.type)]), "resource": .object(resource),
        ]))
    }

    /// Creates, defers or updates the response message the way Discord shows it.
    private func applyCallback(type: Int, data: [String: JSONValue], to entry: inout InteractionLedger.Entry) async throws {
        switch type {
        case 4:
            let message = try await guild.createMessage(in: entry.channelID, author: guild.bot, fields: data, interactionID: entry.id)
            entry.originalMessageID = message.id
        case 5:
            let flags = (data["flags"]?.asInt ?? 0) | 128
            let placeholder = try await guild.createMessage(
                in: entry.channelID, author: guild.bot, fields: ["content": .string(""), "flags": .int(flags)],
                interactionID: entry.id)
            entry.originalMessageID = placeholder.id
            entry.originalPending = true
        case 6:
            entry.originalMessageID = entry.sourceMessageID
        case 7:
            if let source = entry.sourceMessageID {
                _ = try await guild.editMessage(source, in: entry.channelID, fields: data)
            }
            entry.originalMessageID = entry.sourceMessageID
        default:
            break
        }
    }

    /// Limit and type checks per callback type (6/7 only answer components; 8 only autocomplete).
    static func callbackViolations(type: Int, interactionType: Int, data: [String: JSONValue]) -> [FormViolation] {
        let isComponent = interactionType == 3 || interactionType == 5
        let allowed: Bool
        switch type {
        case 4, 5: allowed = interactionType != 4
        case 6, 7: allowed = isComponent
        case 8: allowed = interactionType == 4
        case 9: allowed = interactionType == 2 || interactionType == 3
        default: allowed = false
        }
        guard allowed else {
            return [FormViolation(path: ["type"], code: "INTERACTION_RESPONSE_TYPE_INVALID", message: "Invalid interaction response type")]
        }
        switch type {
        case 4, 7: return MessageLimitCheck.message(data, path: ["data"])
        case 8: return MessageLimitCheck.autocomplete(data, path: ["data"])
        case 9: return MessageLimitCheck.modal(data, path: ["data"])
        default: return []
        }
    }
}
