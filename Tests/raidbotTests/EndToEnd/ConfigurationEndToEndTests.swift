import BotKit
import TestSupport
import DiscordModels
import DiscordREST
import DiscordSandbox
import FeatureKit
import Logging
import Storage
import Testing
@testable import raidbot
import CivilTime

/// /setroles, /setchannels, /help and /ping through the whole bot against the sandbox.
@Suite("Configuration end to end")
struct ConfigurationEndToEndTests {
    @Test("an administrator maps channels and roles: SQLite, the audit trail, the reply and bot_log agree")
    func administratorConfiguresTheGuild() async throws {
        let harness = try await BotHarness.start()
        let guild = harness.sandbox.guild
        let owner = try #require(await guild.member(named: "guild_owner"))
        let staffLogs = try #require(await guild.channel(named: "staff-logs"))
        let raidStatus = try #require(await guild.channel(named: "raid-status"))
        let leader = try #require(await guild.role(named: "Raid Leader"))
        let raider = try #require(await guild.role(named: "Verified Raider"))

        let channels = try await harness.sandbox.run(
            command: "setchannels", options: [.channel("bot_log", staffLogs.id), .channel("raid", raidStatus.id)], as: owner)
        let acknowledgement = try await channels.callback
        #expect(acknowledgement.type == 5 && !acknowledgement.isEphemeral && acknowledgement.accepted)
        let channelReply = try await channels.originalEdit
        #expect(channelReply.body?["embeds"]?.asArray?.first?["title"]?.asString == "✅ Channel configuration updated")

        let roles = try await harness.sandbox.run(
            command: "setroles", options: [.role("organizer", leader.id), .role("verified_raider", raider.id)], as: owner)
        let roleReply = try await roles.originalEdit
        let fields = roleReply.body?["embeds"]?.asArray?.first?["fields"]?.asArray ?? []
        #expect(fields.count == 10)
        #expect(fields.contains { $0["name"]?.asString == "Organizer" && $0["value"]?.asString == "<@&\(leader.id)>" })

        let logPath = "/channels/\(staffLogs.id)/messages"
        let logPost = try await harness.sandbox.firstRequest { request in
            request.method == "POST" && request.path.hasSuffix(logPath)
                && request.body?["embeds"]?.asArray?.first?["title"]?.asString == "⚙️ Configuration: Role Mappings"
        }
        #expect(logPost.status == 200)

        let mapping = try await GuildRoleStore(database: harness.database).roleMapping(guildID: guild.id)
        #expect(mapping == RoleMapping([.organizer: leader.id, .verifiedRaider: raider.id]))
        #expect(try await GuildChannelStore(database: harness.database).channel(.raid, guildID: guild.id) == raidStatus.id)
        try await eventually("both commands logged") {
            try await count(harness.database, "SELECT count(*) FROM command_log WHERE success = 1 AND command_name IN ('setroles', 'setchannels')") == 2
        }
        #expect(try await count(harness.database,
                                "SELECT count(*) FROM audit WHERE action IN ('guild.roles.set', 'guild.channels.set')") == 2)
        await harness.stop()
    }

    @Test("a member without Discord Administrator cannot change the mapping")
    func nonAdministratorIsRefused() async throws {
        let harness = try await BotHarness.start()
        let guild = harness.sandbox.guild
        let rin = try #require(await guild.member(named: "raider_rin"))
        let leader = try #require(await guild.role(named: "Raid Leader"))
        let attempt = try await harness.sandbox.run(command: "setroles", options: [.role("administrator", leader.id)], as: rin)
        let reply = try await attempt.originalEdit
        #expect(reply.body?["content"]?.asString == "❌ You need Discord's Administrator permission to do that.")
        try await eventually("the refusal logged") {
            try await count(harness.database, "SELECT count(*) FROM command_log WHERE error_code = 'NOT_AUTHORIZED'") == 1
        }
        #expect(try await count(harness.database, "SELECT count(*) FROM guild_role") == 0)
        await harness.stop()
    }

    @Test("/ping works for a verified raider once the role is mapped, and /help lists the catalog")
    func pingAndHelp() async throws {
        let harness = try await BotHarness.start()
        let guild = harness.sandbox.guild
        let owner = try #require(await guild.member(named: "guild_owner"))
        let rin = try #require(await guild.member(named: "raider_rin"))
        let raider = try #require(await guild.role(named: "Verified Raider"))
        _ = try await harness.sandbox.run(command: "setroles", options: [.role("verified_raider", raider.id)], as: owner)
            .originalEdit
        let ping = try await harness.sandbox.run(command: "ping", as: rin)
        let pong = try await ping.answer(1) { $0 == .originalEdited }
        #expect(pong.body?["content"]?.asString?.hasPrefix("🏓 Pong! REST round trip: **") == true)

        let help = try await harness.sandbox.run(command: "help", as: owner)
        let overview = try await help.originalEdit
        let text = (overview.body?["embeds"]?.asArray?.first?["fields"]?.asArray ?? [])
            .compactMap { $0["value"]?.asString }.joined(separator: "\n")
        for name in ["help", "ping", "setroles", "setchannels"] { #expect(text.contains("`/\(name)`")) }
        await harness.stop()
    }

    @Test("the raid log opens a thread in the mapped channel and posts events into it")
    func raidLogThread() async throws {
        let harness = try await BotHarness.start()
        let guild = harness.sandbox.guild
        let owner = try #require(await guild.member(named: "guild_owner"))
        let staffLogs = try #require(await guild.channel(named: "staff-logs"))
        _ = try await harness.sandbox.run(command: "setchannels", options: [.channel("raid_log", staffLogs.id)], as: owner)
            .originalEdit
        let rest = DiscordREST(configuration: RESTConfiguration(apiBase: harness.sandbox.apiBase, token: BotHarness.token))
        let environment = FeatureEnvironment(database: harness.database, rest: rest, clock: harness.clock,
                                             guildID: guild.id, logger: Logger(label: "e2e"))
        let raidLog = RaidLog(environment)
        let thread = try #require(await raidLog.openThread(name: "📋 Shatters: Organizer - leader_lee",
                                                           starter: Embed(title: "📋 Shatters")))
        #expect(await raidLog.post("raider_rin joined (1 raider)", in: thread))
        #expect(await guild.channel(thread)?.name == "📋 Shatters: Organizer - leader_lee")
        #expect(await guild.messages(in: thread).map(\.content) == ["raider_rin joined (1 raider)"])
        rest.shutdown()
        await harness.stop()
    }
}

extension ConfigurationEndToEndTests {
    @Test("a moderator sets and removes a dungeon's ping role; unknown dungeons and raiders are refused")
    func dungeonRolePings() async throws {
        let clock = ManualBotClock()
        let harness = try await BotHarness.start(clock: clock)
        let guild = harness.sandbox.guild
        let security = try #require(await guild.member(named: "security_sam"))
        let rin = try #require(await guild.member(named: "raider_rin"))
        let securityRole = try #require(await guild.role(named: "Security"))
        let pings = await guild.addRole(name: "Shatters Pings", position: 1)
        _ = try await GuildRoleStore(database: harness.database).setRoles([.moderator: securityRole.id], guildID: guild.id,
                                                                           actorID: security.id, now: 1)
        func configure(_ dungeon: String, role: Snowflake?, as member: SandboxMember) async throws -> String {
            let options: [CommandOption] = [.string("dungeon", dungeon)] + (role.map { [.role("role", $0)] } ?? [])
            let handle = try await harness.sandbox.run(command: "configrolepings", options: options, as: member)
            let answer = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
            let body = answer.body?["data"] ?? answer.body
            return [body?["content"]?.asString, body?["embeds"]?.asArray?.first?["description"]?.asString]
                .compactMap { $0 }.joined(separator: "\n")
        }
        #expect(try await configure("SHATTERS", role: pings.id, as: security).contains("<@&\(pings.id)>"))
        #expect(await DungeonRolePings(database: harness.database, guildID: guild.id)
            .roles(for: ["SHATTERS"]) == [pings.id])
        #expect(try await configure("NOT_A_DUNGEON", role: pings.id, as: security).contains("Unknown dungeon"))
        #expect(!(try await configure("SHATTERS", role: nil, as: rin).contains("now ping")))
        clock.advance(by: .seconds(120)) // configuration commands are rate-limited per member
        let removed = try await configure("SHATTERS", role: nil, as: security)
        #expect(removed.contains("only ping @here"), "\(removed)")
        #expect(await DungeonRolePings(database: harness.database, guildID: guild.id).roles(for: ["SHATTERS"]).isEmpty)
        #expect(try await count(harness.database,
                                "SELECT count(*) FROM audit WHERE action = 'guild.dungeon_role_pings.set'") == 2)
        await harness.stop()
    }
}

/// A count from the bot's database.
private func count(_ database: Database, _ sql: String) async throws -> Int {
    try await database.read { try $0.fetchValue(sql, as: Int.self) ?? 0 }
}

/// Waits (yielding, bounded at 10 s) for a write the bot makes after it answered, such as the
/// command_log row written once the handler returns.
private func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        await Task.yield()
    }
    Issue.record("timed out waiting until \(what)")
}
