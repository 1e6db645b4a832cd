import DiscordModels

/// The guild, its roles, channels and threads, DMs, users, command registration and gateway info.
extension RESTWorld {
    var guildRoutes: [Route] {
        [
            Route("GET", "/guilds/{guild.id}") { _ = try guildID($0); return .ok(await guild.guildWire()) },
            Route("GET", "/guilds/{guild.id}/roles") { _ = try guildID($0); return .ok(.array(await guild.roles.map(\.wire))) },
            Route("POST", "/guilds/{guild.id}/roles") { try await createRole($0) },
            Route("PATCH", "/guilds/{guild.id}/roles/{role.id}") { try await editRole($0) },
            Route("DELETE", "/guilds/{guild.id}/roles/{role.id}") { try await deleteRole($0) },
            Route("GET", "/guilds/{guild.id}/channels") { try await listChannels($0) },
            Route("POST", "/guilds/{guild.id}/channels") { try await createChannel($0) },
            Route("GET", "/guilds/{guild.id}/threads/active") { try await activeThreads($0) },
            Route("GET", "/channels/{channel.id}") { try await channelReply($0.id("channel.id", orElse: .unknownChannel)) },
            Route("PATCH", "/channels/{channel.id}") { try await editChannel($0) },
            Route("DELETE", "/channels/{channel.id}") { try await deleteChannel($0) },
            Route("POST", "/channels/{channel.id}/threads") { try await createThread($0, fromMessage: false) },
            Route("POST", "/channels/{channel.id}/messages/{message.id}/threads") { try await createThread($0, fromMessage: true) },
            Route("POST", "/channels/{channel.id}/typing") { _ in .noContent },
            Route("PUT", "/channels/{channel.id}/thread-members/@me") { _ in .noContent },
            Route("PUT", "/channels/{channel.id}/thread-members/{user.id}") { _ in .noContent },
            Route("DELETE", "/channels/{channel.id}/thread-members/{user.id}") { _ in .noContent },
            Route("POST", "/users/@me/channels") { try await openDM($0) },
            Route("GET", "/users/@me") { _ in .ok(guild.bot.wire) },
            Route("GET", "/users/{user.id}") { try await getUser($0) },
        ]
    }

    var applicationRoutes: [Route] {
        let guildCommands = "/applications/{application.id}/guilds/{guild.id}/commands"
        return [
            Route("PUT", guildCommands) { try await overwriteCommands($0, guildScoped: true) },
            Route("GET", guildCommands) { try await listCommands($0, guildScoped: true) },
            Route("PUT", "/applications/{application.id}/commands") { try await overwriteCommands($0, guildScoped: false) },
            Route("GET", "/applications/{application.id}/commands") { try await listCommands($0, guildScoped: false) },
            Route("GET", "/applications/@me") { _ in .ok(applicationWire) },
            Route("GET", "/gateway/bot") { _ in .ok(await gatewayBotInfo()) },
            Route("GET", "/gateway", auth: false) { _ in .ok(.object(["url": await gatewayBotInfo()["url"] ?? .null])) },
        ]
    }

    private func createRole(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let role = try await guild.createRole(fields: call.body?.asObject ?? [:])
        await announceRole("GUILD_ROLE_CREATE", role.wire)
        return .ok(role.wire)
    }

    private func editRole(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let role = try await guild.editRole(try call.id("role.id", orElse: .unknownRole), fields: try call.object())
        await announceRole("GUILD_ROLE_UPDATE", role.wire)
        return .ok(role.wire)
    }

    private func deleteRole(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let roleID = try call.id("role.id", orElse: .unknownRole)
        try await guild.deleteRole(roleID)
        await hub.dispatch("GUILD_ROLE_DELETE", data: .object(["guild_id": .id(guild.id), "role_id": .id(roleID)]), intent: 1)
        return .noContent
    }

    private func listChannels(_ call: RESTCall) async throws -> RESTReply {
        let guildID = try guildID(call)
        let channels = await guild.channels.filter { !$0.isThread }
        return .ok(.array(channels.map { $0.wire(guildID: guildID) }))
    }

    private func activeThreads(_ call: RESTCall) async throws -> RESTReply {
        let guildID = try guildID(call)
        let threads = await guild.channels.filter { $0.isThread && !$0.archived }
        return .ok(.object(["threads": .array(threads.map { $0.wire(guildID: guildID) }), "members": .array([])]))
    }

    private func channelReply(_ channelID: Snowflake) async throws -> RESTReply {
        guard let wire = await guild.channelWire(channelID) else { throw DiscordFailure.unknownChannel }
        return .ok(wire)
    }

    private func createChannel(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let channel = try await guild.createChannel(fields: try call.object())
        let wire = channel.wire(guildID: guild.id)
        await hub.dispatch("CHANNEL_CREATE", data: wire, intent: 1)
        return .created(wire)
    }

    private func editChannel(_ call: RESTCall) async throws -> RESTReply {
        let channel = try await guild.editChannel(try call.id("channel.id", orElse: .unknownChannel), fields: try call.object())
        let wire = channel.wire(guildID: guild.id)
        await hub.dispatch(channel.isThread ? "THREAD_UPDATE" : "CHANNEL_UPDATE", data: wire, intent: 1)
        return .ok(wire)
    }

    private func deleteChannel(_ call: RESTCall) async throws -> RESTReply {
        let channelID = try call.id("channel.id", orElse: .unknownChannel)
        let wire = await guild.channelWire(channelID)
        let channel = try await guild.deleteChannel(channelID)
        if channel.kind != .directMessage {
            await hub.dispatch(channel.isThread ? "THREAD_DELETE" : "CHANNEL_DELETE", data: wire ?? .null, intent: 1)
        }
        return .ok(wire ?? .null)
    }

    private func createThread(_ call: RESTCall, fromMessage: Bool) async throws -> RESTReply {
        let parentID = try call.id("channel.id", orElse: .unknownChannel)
        let messageID = fromMessage ? try call.id("message.id", orElse: .unknownMessage) : nil
        let thread = try await guild.createThread(in: parentID, fields: try call.object(), fromMessage: messageID)
        var wire = thread.wire(guildID: guild.id).asObject ?? [:]
        wire["newly_created"] = .bool(true)
        await hub.dispatch("THREAD_CREATE", data: .object(wire), intent: 1)
        return .created(thread.wire(guildID: guild.id))
    }

    private func openDM(_ call: RESTCall) async throws -> RESTReply {
        guard let recipient = try call.object()["recipient_id"]?.asSnowflake else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.required(["recipient_id"])])
        }
        let channel = try await guild.openDM(with: recipient)
        return .ok(await guild.channelWire(channel.id) ?? .null)
    }

    private func getUser(_ call: RESTCall) async throws -> RESTReply {
        guard let user = await guild.user(try call.id("user.id", orElse: .unknownUser)) else { throw DiscordFailure.unknownUser }
        return .ok(user.wire)
    }

    private func overwriteCommands(_ call: RESTCall, guildScoped: Bool) async throws -> RESTReply {
        let scope = guildScoped ? "guild:\(try guildID(call))" : "global"
        try requireApplication(call)
        guard let commands = call.body?.asArray else { throw DiscordFailure.invalidJSON }
        let violations = commands.enumerated().flatMap { index, command in Self.commandViolations(command, index: index) }
        try requireWithinLimits(violations)
        return .ok(.array(await guild.overwriteCommands(scope: scope, applicationID: configuration.applicationID, commands: commands)))
    }

    private func listCommands(_ call: RESTCall, guildScoped: Bool) async throws -> RESTReply {
        let scope = guildScoped ? "guild:\(try guildID(call))" : "global"
        try requireApplication(call)
        return .ok(.array(await guild.registeredCommands(scope: scope)))
    }

    private func requireApplication(_ call: RESTCall) throws {
        guard call.parameters["application.id"] == configuration.applicationID.description else {
            throw DiscordFailure(status: 403, code: 50001, message: "Missing Access")
        }
    }

    static func commandViolations(_ command: JSONValue, index: Int) -> [FormViolation] {
        let path = [String(index)]
        var found: [FormViolation] = []
        let name = command["name"]?.asString ?? ""
        if name.isEmpty || name.count > 32 { found.append(MessageLimitCheck.countOutOfRange(path + ["name"], 1, 32)) }
        let type = command["type"]?.asInt ?? 1
        let description = command["description"]?.asString ?? ""
        if type == 1, description.isEmpty || description.count > 100 {
            found.append(MessageLimitCheck.countOutOfRange(path + ["description"], 1, 100))
        }
        if (command["options"]?.asArray?.count ?? 0) > 25 {
            found.append(MessageLimitCheck.countOutOfRange(path + ["options"], 0, 25))
        }
        return found
    }

    private var applicationWire: JSONValue {
        .object([
            "id": .id(configuration.applicationID), "name": .string(configuration.botUsername), "icon": .null,
            "description": .string(""), "bot_public": .bool(false), "bot_require_code_grant": .bool(false),
            "verify_key": .string("0000000000000000000000000000000000000000000000000000000000000000"),
            "flags": .int(0), "bot": guild.bot.wire,
        ])
    }

    private func gatewayBotInfo() async -> JSONValue {
        let remaining = max(0, 1000 - (await hub.identifyCount))
        return .object([
            "url": .string(await hub.gatewayURL), "shards": .int(1),
            "session_start_limit": .object([
                "total": .int(1000), "remaining": .int(remaining), "reset_after": .int(86_400_000), "max_concurrency": .int(1),
            ]),
        ])
    }
}
