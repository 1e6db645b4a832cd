import DiscordModels

/// Members, their roles and nicknames, kicks and bans; each change is announced over the gateway.
extension RESTWorld {
    var memberRoutes: [Route] {
        let member = "/guilds/{guild.id}/members/{user.id}"
        return [
            Route("GET", "/guilds/{guild.id}/members") { try await listMembers($0) },
            Route("GET", "/guilds/{guild.id}/members/search") { try await searchMembers($0) },
            Route("PATCH", "/guilds/{guild.id}/members/@me") { try await modifyMember($0, self: true) },
            Route("GET", member) { try await getMember($0) },
            Route("PATCH", member) { try await modifyMember($0, self: false) },
            Route("DELETE", member) { try await kick($0) },
            Route("PUT", member + "/roles/{role.id}") { try await changeRole($0, grant: true) },
            Route("DELETE", member + "/roles/{role.id}") { try await changeRole($0, grant: false) },
            Route("GET", "/guilds/{guild.id}/bans") { try await listBans($0) },
            Route("GET", "/guilds/{guild.id}/bans/{user.id}") { try await getBan($0) },
            Route("PUT", "/guilds/{guild.id}/bans/{user.id}") { try await ban($0) },
            Route("DELETE", "/guilds/{guild.id}/bans/{user.id}") { try await unban($0) },
            Route("POST", "/guilds/{guild.id}/bulk-ban") { try await bulkBan($0) },
        ]
    }

    private func listMembers(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let limit = min(1000, max(1, Int(call.query["limit"] ?? "") ?? 1))
        let after = call.query["after"].flatMap { Snowflake($0) } ?? 0
        let members = await guild.members.filter { $0.id > after }.prefix(limit)
        return .ok(.array(members.map { $0.wire() }))
    }

    /// Username or nickname prefix, case-insensitive, as Discord searches; `query` is required.
    private func searchMembers(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        guard let query = call.query["query"]?.lowercased() else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.required(["query"])])
        }
        let limit = min(1000, max(1, Int(call.query["limit"] ?? "") ?? 1))
        let members = await guild.members.filter { member in
            member.user.username.lowercased().hasPrefix(query) || (member.nick?.lowercased().hasPrefix(query) ?? false)
        }.prefix(limit)
        return .ok(.array(members.map { $0.wire() }))
    }

    private func getMember(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        guard let member = await guild.member(try call.id("user.id", orElse: .unknownMember)) else {
            throw DiscordFailure.unknownMember
        }
        return .ok(member.wire())
    }

    private func modifyMember(_ call: RESTCall, self isBot: Bool) async throws -> RESTReply {
        _ = try guildID(call)
        let memberID = isBot ? guild.bot.id : try call.id("user.id", orElse: .unknownMember)
        let member = try await guild.modifyMember(memberID, fields: try call.object())
        await announceMember(memberID)
        return .ok(member.wire())
    }

    private func kick(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let memberID = try call.id("user.id", orElse: .unknownMember)
        let user = await guild.member(memberID)?.user
        try await guild.kick(memberID)
        await announceRemoval(user)
        return .noContent
    }

    private func changeRole(_ call: RESTCall, grant: Bool) async throws -> RESTReply {
        _ = try guildID(call)
        let memberID = try call.id("user.id", orElse: .unknownMember)
        let roleID = try call.id("role.id", orElse: .unknownRole)
        if grant {
            _ = try await guild.grantRole(roleID, to: memberID)
        } else {
            _ = try await guild.revokeRole(roleID, from: memberID)
        }
        await announceMember(memberID)
        return .noContent
    }

    private func listBans(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        var wires: [JSONValue] = []
        for (userID, reason) in await guild.bans.sorted(by: { $0.key < $1.key }) {
            wires.append(await banWire(userID, reason))
        }
        return .ok(.array(wires))
    }

    private func getBan(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let userID = try call.id("user.id", orElse: .unknownBan)
        guard let reason = await guild.bans[userID] else { throw DiscordFailure.unknownBan }
        return .ok(await banWire(userID, reason))
    }

    private func ban(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let userID = try call.id("user.id", orElse: .unknownUser)
        let seconds = call.body?["delete_message_seconds"]?.asInt ?? 0
        guard (0...604_800).contains(seconds) else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.countOutOfRange(["delete_message_seconds"], 0, 604_800)])
        }
        let user = await guild.user(userID)
        try await guild.ban(userID, reason: call.auditReason)
        await hub.dispatch("GUILD_BAN_ADD", data: .object(["guild_id": .id(guild.id), "user": user?.wire ?? .null]), intent: 1 << 2)
        await announceRemoval(user)
        return .noContent
    }

    private func unban(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let userID = try call.id("user.id", orElse: .unknownBan)
        try await guild.unban(userID)
        let user = await guild.user(userID) ?? SandboxUser(id: userID, username: "unknown")
        await hub.dispatch("GUILD_BAN_REMOVE", data: .object(["guild_id": .id(guild.id), "user": user.wire]), intent: 1 << 2)
        return .noContent
    }

    private func bulkBan(_ call: RESTCall) async throws -> RESTReply {
        _ = try guildID(call)
        let ids = (try call.object()["user_ids"]?.asArray ?? []).compactMap(\.asSnowflake)
        guard (1...200).contains(ids.count) else {
            throw DiscordFailure.invalidForm([MessageLimitCheck.countOutOfRange(["user_ids"], 1, 200)])
        }
        var banned: [JSONValue] = []
        var failed: [JSONValue] = []
        for id in ids {
            do {
                try await guild.ban(id, reason: call.auditReason)
                banned.append(.id(id))
            } catch {
                failed.append(.id(id))
            }
        }
        if banned.isEmpty { throw DiscordFailure.bulkBanFailed }
        return .ok(.object(["banned_users": .array(banned), "failed_users": .array(failed)]))
    }

    private func banWire(_ userID: Snowflake, _ reason: String?) async -> JSONValue {
        let user = await guild.user(userID) ?? SandboxUser(id: userID, username: "unknown")
        return .object(["user": user.wire, "reason": reason.map(JSONValue.string) ?? .null])
    }

    private func announceRemoval(_ user: SandboxUser?) async {
        guard let user else { return }
        await hub.dispatch("GUILD_MEMBER_REMOVE", data: .object(["guild_id": .id(guild.id), "user": user.wire]), intent: 1 << 1)
    }
}
