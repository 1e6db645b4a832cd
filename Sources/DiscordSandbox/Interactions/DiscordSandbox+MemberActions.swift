import DiscordModels

/// Acting as a member: each action sends a realistic INTERACTION_CREATE over the gateway and
/// returns a handle whose `callback` resolves when the bot answers.
extension DiscordSandbox {
    /// Clicks the button `customID` on `message`; the button must be on the message as it is now.
    public func click(_ customID: String, on message: SandboxMessage, as member: SandboxMember) async throws -> InteractionHandle {
        let componentType = try await component(customID, on: message)["type"]?.asInt ?? 2
        let data: JSONValue = .object(["custom_id": .string(customID), "component_type": .int(componentType)])
        return try await interact(type: 3, data: data, channelID: message.channelID, member: member, message: message)
    }

    /// Picks `values` in the select menu `customID` on `message` (its type comes from the message).
    public func select(_ customID: String, values: [String], on message: SandboxMessage,
                       as member: SandboxMember) async throws -> InteractionHandle {
        let componentType = try await component(customID, on: message)["type"]?.asInt ?? 3
        let data: JSONValue = .object([
            "custom_id": .string(customID), "component_type": .int(componentType), "values": .array(values.map(JSONValue.string)),
        ])
        return try await interact(type: 3, data: data, channelID: message.channelID, member: member, message: message)
    }

    /// Runs the slash command `name` with `options` in `channelID` (default: the first text channel).
    public func run(command name: String, options: [CommandOption] = [], in channelID: Snowflake? = nil,
                    as member: SandboxMember) async throws -> InteractionHandle {
        let data = try await commandData(name: name, options: options)
        return try await interact(type: 2, data: data, channelID: try await channel(channelID), member: member, message: nil)
    }

    /// Types into an autocomplete option (mark it `focused: true`) of command `name`.
    public func autocomplete(command name: String, options: [CommandOption], in channelID: Snowflake? = nil,
                             as member: SandboxMember) async throws -> InteractionHandle {
        let data = try await commandData(name: name, options: options)
        return try await interact(type: 4, data: data, channelID: try await channel(channelID), member: member, message: nil)
    }

    /// Submits the modal `customID` with text input values keyed by their custom ids.
    public func submit(modal customID: String, fields: [(customID: String, value: String)], from message: SandboxMessage? = nil,
                       in channelID: Snowflake? = nil, as member: SandboxMember) async throws -> InteractionHandle {
        let rows: [JSONValue] = fields.map { field in
            .object(["type": .int(1), "components": .array([.object([
                "type": .int(4), "custom_id": .string(field.customID), "value": .string(field.value),
            ])])])
        }
        let data: JSONValue = .object(["custom_id": .string(customID), "components": .array(rows)])
        let channelID = try await channel(channelID ?? message?.channelID)
        return try await interact(type: 5, data: data, channelID: channelID, member: member, message: message)
    }

    /// A member DMs the bot (modmail): opens the DM channel if needed and sends MESSAGE_CREATE.
    @discardableResult
    public func sendDM(_ content: String, from member: SandboxMember) async throws -> SandboxMessage {
        let channel = try await guild.openDM(with: member.id)
        let message = try await guild.createMessage(in: channel.id, author: member.user, fields: ["content": .string(content)])
        await gateway.dispatch("MESSAGE_CREATE", data: await guild.messageWire(message), intent: 1 << 12)
        return message
    }

    /// A member posts `content` (and files, given as the CDN links Discord would host them at) in a
    /// channel or thread of the guild: a guild MESSAGE_CREATE (GUILD_MESSAGES intent) carrying the
    /// author's partial member, as the real gateway sends it. A session without the privileged
    /// MESSAGE_CONTENT intent receives the message with empty content, attachments and embeds, as on
    /// Discord (the stored message keeps them).
    @discardableResult
    public func post(_ content: String, in channelID: Snowflake, as member: SandboxMember,
                     attachments: [String] = []) async throws -> SandboxMessage {
        guard let current = await guild.member(member.id) else {
            throw SandboxError(.unknownEntity, "member \(member.id) is not in the guild")
        }
        var fields: [String: JSONValue] = ["content": .string(content)]
        if !attachments.isEmpty {
            var files: [JSONValue] = []
            for url in attachments {
                let name = url.split(separator: "/").last.map(String.init) ?? "file"
                files.append(.object(["id": .id(await guild.mintID()), "filename": .string(name), "size": .int(1024),
                                      "url": .string(url), "proxy_url": .string(url)]))
            }
            fields["attachments"] = .array(files)
        }
        let message = try await guild.createMessage(in: channelID, author: member.user, fields: fields)
        guard var wire = await guild.messageWire(message).asObject else { return message }
        var partial = current.wire().asObject ?? [:]
        partial["user"] = nil
        wire["member"] = .object(partial)
        if !(await gateway.receives(intent: 1 << 15)) {
            wire["content"] = .string("")
            wire["attachments"] = .array([])
            wire["embeds"] = .array([])
        }
        await gateway.dispatch("MESSAGE_CREATE", data: .object(wire), intent: 1 << 9)
        return message
    }

    /// Changes a member as a moderator in the Discord client would, and announces GUILD_MEMBER_UPDATE.
    public func updateMember(_ member: SandboxMember) async {
        await guild.update(member)
        if let data = await guild.memberUpdateWire(member.id) {
            await gateway.dispatch("GUILD_MEMBER_UPDATE", data: data, intent: 1 << 1)
        }
    }

    /// A new member joins the guild (GUILD_MEMBER_ADD).
    @discardableResult
    public func memberJoins(username: String, roles: [Snowflake] = [], acceptsDMs: Bool = true) async -> SandboxMember {
        let member = await guild.addMember(username: username, roles: roles, acceptsDMs: acceptsDMs)
        if let data = await guild.memberUpdateWire(member.id) {
            await gateway.dispatch("GUILD_MEMBER_ADD", data: data, intent: 1 << 1)
        }
        return member
    }

    /// A member leaves the guild (GUILD_MEMBER_REMOVE).
    public func memberLeaves(_ member: SandboxMember) async {
        await guild.removeMember(member.id)
        await gateway.dispatch("GUILD_MEMBER_REMOVE", data: .object([
            "guild_id": .id(guild.id), "user": member.user.wire,
        ]), intent: 1 << 1)
    }

    // MARK: Building the interaction

    private func interact(type: Int, data: JSONValue, channelID: Snowflake, member: SandboxMember,
                          message: SandboxMessage?) async throws -> InteractionHandle {
        guard await gateway.sessionID != nil else {
            throw SandboxError(.notConnected, "the bot has no gateway session to receive INTERACTION_CREATE")
        }
        let id = await guild.mintID()
        let token = "sandbox.interaction.\(id).\(UInt64.random(in: .min ... .max))"
        let payload = try await interactionPayload(id: id, token: token, type: type, data: data,
                                                   channelID: channelID, member: member, message: message)
        await ledger.register(InteractionLedger.Entry(
            id: id, token: token, type: type, channelID: channelID, memberID: member.id,
            sourceMessageID: message?.id, sentAt: ContinuousClock.now))
        guard let sequence = await gateway.dispatch("INTERACTION_CREATE", data: payload) else {
            throw SandboxError(.notConnected, "the gateway session ended before the interaction was sent")
        }
        return InteractionHandle(id: id, token: token, sequence: sequence, payload: payload, events: interactionEvents)
    }

    private func interactionPayload(id: Snowflake, token: String, type: Int, data: JSONValue, channelID: Snowflake,
                                    member: SandboxMember, message: SandboxMessage?) async throws -> JSONValue {
        guard let current = await guild.member(member.id) else {
            throw SandboxError(.unknownEntity, "member \(member.id) is not in the guild")
        }
        guard let channel = await guild.channelWire(channelID) else {
            throw SandboxError(.unknownEntity, "channel \(channelID) does not exist")
        }
        let permissions = await guild.permissions(of: current.id)
        let botPermissions = await guild.permissions(of: guild.bot.id)
        var object: [String: JSONValue] = [
            "id": .id(id), "application_id": .id(configuration.applicationID), "type": .int(type), "data": data,
            "guild_id": .id(guild.id), "guild": .object(["id": .id(guild.id), "locale": .string("en-US"), "features": .array([])]),
            "channel_id": .id(channelID), "channel": channel, "member": current.wire(permissions: permissions),
            "token": .string(token), "version": .int(1), "locale": .string("en-US"), "guild_locale": .string("en-US"),
            "app_permissions": .string(botPermissions.description), "entitlements": .array([]),
            "authorizing_integration_owners": .object(["0": .id(guild.id)]), "context": .int(0),
            "attachment_size_limit": .int(10_485_760),
        ]
        if let message, let stored = await guild.message(message.id) {
            object["message"] = await guild.messageWire(stored)
        }
        return .object(object)
    }

    private func commandData(name: String, options: [CommandOption]) async throws -> JSONValue {
        let registered = await guild.registeredCommands(scope: "guild:\(guild.id)") + guild.registeredCommands(scope: "global")
        let command = registered.first { $0["name"]?.asString == name }
        let fallbackID = await guild.mintID()
        var object: [String: JSONValue] = [
            "id": command?["id"] ?? .id(fallbackID), "name": .string(name), "type": .int(1),
            "guild_id": .id(guild.id),
        ]
        if !options.isEmpty { object["options"] = .array(options.map(\.wire)) }
        if let resolved = await resolved(options.flatMap(\.leaves)) { object["resolved"] = resolved }
        return .object(object)
    }

    private func resolved(_ leaves: [CommandOption]) async -> JSONValue? {
        var users: [String: JSONValue] = [:], members: [String: JSONValue] = [:]
        var roles: [String: JSONValue] = [:], channels: [String: JSONValue] = [:], attachments: [String: JSONValue] = [:]
        for leaf in leaves {
            guard let id = leaf.value?.asSnowflake, let key = leaf.value?.asString else { continue }
            switch leaf.type {
            case 6:
                if let user = await guild.user(id) { users[key] = user.wire }
                if var member = await guild.member(id)?.wire().asObject {
                    member["user"] = nil
                    members[key] = .object(member)
                }
            case 7: if let channel = await guild.channelWire(id) { channels[key] = channel }
            case 8: if let role = await guild.role(id) { roles[key] = role.wire }
            case 11: attachments[key] = leaf.upload
            default: break
            }
        }
        let parts: [(String, [String: JSONValue])] = [("users", users), ("members", members), ("roles", roles), ("channels", channels),
                                                     ("attachments", attachments)]
        let present = parts.filter { !$0.1.isEmpty }
        guard !present.isEmpty else { return nil }
        return .object(Dictionary(uniqueKeysWithValues: present.map { ($0.0, JSONValue.object($0.1)) }))
    }

    /// The component as the message holds it now (a member can only use what Discord shows).
    private func component(_ customID: String, on message: SandboxMessage) async throws -> JSONValue {
        guard let current = await guild.message(message.id) else {
            throw SandboxError(.unknownEntity, "message \(message.id) no longer exists")
        }
        guard let component = ComponentTree.component(withCustomID: customID, in: current.components) else {
            throw SandboxError(.unknownEntity, "message \(message.id) has no component \(customID); it has \(current.customIDs)")
        }
        return component
    }

    private func channel(_ requested: Snowflake?) async throws -> Snowflake {
        if let requested { return requested }
        guard let first = await guild.channels.first(where: { $0.kind == .text }) else {
            throw SandboxError(.unknownEntity, "the guild has no text channel")
        }
        return first.id
    }
}
