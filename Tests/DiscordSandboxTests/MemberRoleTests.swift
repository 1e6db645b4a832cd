import DiscordModels
import DiscordSandbox
import Testing

@Suite("Members, roles and the permission hierarchy")
struct MemberRoleTests {
    @Test("Granting a role below the bot works and is announced; a role above the bot is 403 50013")
    func roleHierarchy() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let guildID = configuration.guildID
            let raider = try #require(await sandbox.guild.member(named: "newcomer_nia"))
            let verified = try #require(await sandbox.guild.role(named: "Verified Raider"))
            let admin = try #require(await sandbox.guild.role(named: "Admin"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                let granted = try await rest(sandbox, "PUT", "/guilds/\(guildID)/members/\(raider.id)/roles/\(verified.id)",
                                             headers: ["X-Audit-Log-Reason": "verified%20by%20bot"])
                #expect(granted.status == 204)
                let update = try await gateway.dispatch("GUILD_MEMBER_UPDATE")
                #expect(update["d"]?["roles"]?.asArray?.compactMap(\.asSnowflake) == [verified.id])
                try await gateway.close()
            }
            #expect(await sandbox.guild.member(raider.id)?.roleIDs == [verified.id])
            let denied = try await rest(sandbox, "PUT", "/guilds/\(guildID)/members/\(raider.id)/roles/\(admin.id)")
            #expect(denied.status == 403)
            #expect(denied.json?["code"]?.asInt == 50013)
        }
    }

    @Test("Nicknames change below the bot; the owner cannot be kicked; bans record the audit reason")
    func nicknamesKicksAndBans() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let guildID = configuration.guildID
            let raider = try #require(await sandbox.guild.member(named: "raider_ray"))
            let owner = try #require(await sandbox.guild.member(named: "guild_owner"))
            let renamed = try await rest(sandbox, "PATCH", "/guilds/\(guildID)/members/\(raider.id)",
                                         body: .object(["nick": .string("Ray | Oryx")]))
            #expect(renamed.status == 200)
            #expect(await sandbox.guild.member(raider.id)?.nick == "Ray | Oryx")
            let kickOwner = try await rest(sandbox, "DELETE", "/guilds/\(guildID)/members/\(owner.id)")
            #expect(kickOwner.status == 403)
            let banned = try await rest(sandbox, "PUT", "/guilds/\(guildID)/bans/\(raider.id)",
                                        body: .object(["delete_message_seconds": .number(0)]),
                                        headers: ["X-Audit-Log-Reason": "crashing%20runs"])
            #expect(banned.status == 204)
            #expect(await sandbox.guild.bans[raider.id] == .some("crashing runs"))
            #expect(await sandbox.guild.member(raider.id) == nil)
        }
    }

    @Test("DMs open once per user; a user with DMs closed gives 50007")
    func directMessages() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let open = await sandbox.guild.addMember(username: "open_dms")
            let closed = await sandbox.guild.addMember(username: "closed_dms", acceptsDMs: false)
            let first = try await rest(sandbox, "POST", "/users/@me/channels", body: .object(["recipient_id": .string(open.id.description)]))
            let again = try await rest(sandbox, "POST", "/users/@me/channels", body: .object(["recipient_id": .string(open.id.description)]))
            #expect(first.json?["id"] == again.json?["id"])
            #expect(first.json?["type"]?.asInt == 1)
            let dm = try await rest(sandbox, "POST", "/users/@me/channels", body: .object(["recipient_id": .string(closed.id.description)]))
            let channelID = try #require(dm.json?["id"]?.asString)
            let refused = try await rest(sandbox, "POST", "/channels/\(channelID)/messages", body: .object(["content": .string("hi")]))
            #expect(refused.status == 403)
            #expect(refused.json?["code"]?.asInt == 50007)
        }
    }

    @Test("Bulk overwrite stores guild commands with ids, and run(command:) uses the registered id")
    func commandRegistration() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let path = "/applications/\(configuration.applicationID)/guilds/\(configuration.guildID)/commands"
            let commands: JSONValue = .array([
                .object(["name": .string("headcount"), "description": .string("Start a headcount"), "type": .number(1)]),
            ])
            let reply = try await rest(sandbox, "PUT", path, body: commands)
            #expect(reply.status == 200)
            let commandID = try #require(reply.json?.asArray?.first?["id"])
            let invalid = try await rest(sandbox, "PUT", path, body: .array([.object(["name": .string(""), "description": .string("x")])]))
            #expect(invalid.status == 400)
            let leader = try #require(await sandbox.guild.member(named: "leader_lee"))
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                _ = try await sandbox.run(command: "headcount", as: leader)
                let interaction = try await gateway.dispatch("INTERACTION_CREATE")
                #expect(interaction["d"]?["data"]?["id"] == commandID)
                try await gateway.close()
            }
        }
    }

    @Test("Joins and leaves are dispatched (GUILD_MEMBERS intent) and change the guild")
    func joinsAndLeaves() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            try await withGateway(sandbox) { gateway in
                _ = try await gateway.handshake(token: configuration.token)
                let member = await sandbox.memberJoins(username: "fresh_fred")
                let added = try await gateway.dispatch("GUILD_MEMBER_ADD")
                #expect(added["d"]?["user"]?["id"]?.asSnowflake == member.id)
                #expect(added["d"]?["guild_id"]?.asSnowflake == configuration.guildID)
                await sandbox.memberLeaves(member)
                let removed = try await gateway.dispatch("GUILD_MEMBER_REMOVE")
                #expect(removed["d"]?["user"]?["id"]?.asSnowflake == member.id)
                #expect(await sandbox.guild.member(member.id) == nil)
                try await gateway.close()
            }
        }
    }

    @Test("Member search matches a username or nickname prefix, case-insensitively; the query is required")
    func memberSearch() async throws {
        let configuration = SandboxConfiguration()
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let guildID = configuration.guildID
            let ray = try #require(await sandbox.guild.member(named: "raider_ray"))
            let found = try await rest(sandbox, "GET", "/guilds/\(guildID)/members/search?query=RAIDER_R&limit=10")
            let ids = found.json?.asArray?.compactMap { $0["user"]?["id"]?.asSnowflake } ?? []
            #expect(found.status == 200 && ids.contains(ray.id) && ids.count >= 2)
            let missing = try await rest(sandbox, "GET", "/guilds/\(guildID)/members/search?limit=10")
            #expect(missing.status == 400 && missing.json?["code"]?.asInt == 50035)
        }
    }
}
