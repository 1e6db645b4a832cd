@testable import BotKit
import DiscordModels
import Logging
import Storage
import Testing
import TestSupport
@testable import FeatureKit

@Suite struct SharedStoreTests {
    static let guild: Snowflake = 1000
    static let admin: Snowflake = 42

    @Test func setRolesStoresTheMappingAndItsAuditInOneWrite() async throws {
        let store = try TemporaryDatabase()
        let roles = GuildRoleStore(database: store.database)
        let change = try await roles.setRoles([.organizer: 20, .team: 70], guildID: Self.guild, actorID: Self.admin,
                                              now: 1_800_000_000_000)
        #expect(change.previous.isEmpty)
        #expect(change.current == [.organizer: 20, .team: 70])
        #expect(try await roles.roles(guildID: Self.guild) == [.organizer: 20, .team: 70])
        #expect(try await roles.role(.team, guildID: Self.guild) == 70)
        let audit = try await store.database.read { connection in
            try connection.fetchOne("SELECT guild_id, actor_id, action, subject, meta, created_at FROM audit") { row in
                (try row.get(0, as: Snowflake.self), try row.get(1, as: Snowflake.self), try row.get(2, as: String.self),
                 try row.get(3, as: String.self), try row.get(4, as: String.self), try row.get(5, as: Int64.self))
            }
        }
        let row = try #require(audit)
        #expect(row.0 == Self.guild && row.1 == Self.admin && row.2 == "guild.roles.set" && row.3 == "1000")
        #expect(row.4 == #"{"current":{"organizer":"20","team":"70"},"previous":{},"updates":{"organizer":"20","team":"70"}}"#)
        #expect(row.5 == 1_800_000_000_000)
        #expect(try await store.count("SELECT count(*) FROM member WHERE id = 42") == 1)
        await store.remove()
    }

    @Test func aSecondSetRolesChangesOnlyTheGivenKeysAndReportsThePreviousValues() async throws {
        let store = try TemporaryDatabase()
        let roles = GuildRoleStore(database: store.database)
        _ = try await roles.setRoles([.organizer: 20, .team: 70], guildID: Self.guild, actorID: Self.admin, now: 1)
        let change = try await roles.setRoles([.organizer: 21, .team: 70], guildID: Self.guild, actorID: Self.admin, now: 2)
        #expect(change.previous == [.organizer: 20, .team: 70])
        #expect(change.current == [.organizer: 21, .team: 70])
        #expect(change.changedKeys == [.organizer])
        #expect(try await store.count("SELECT count(*) FROM audit WHERE action = 'guild.roles.set'") == 2)
        #expect(try await store.count("SELECT count(*) FROM guild_role WHERE updated_at = 2") == 2)
        await store.remove()
    }

    @Test func theRoleMappingHoldsOnlyStaffRanksAndFeedsTheHierarchy() async throws {
        let store = try TemporaryDatabase()
        let roles = GuildRoleStore(database: store.database)
        _ = try await roles.setRoles([.headOrganizer: 50, .team: 70, .suspended: 80], guildID: Self.guild,
                                     actorID: Self.admin, now: 1)
        let mapping = try await roles.roleMapping(guildID: Self.guild)
        #expect(mapping == RoleMapping([.headOrganizer: 50]))
        // A head organizer passes an organizer gate although organizer itself is unmapped (defect 12 fixed).
        let headOrganizer = MemberStanding(roleIDs: [50], isDiscordAdministrator: false)
        #expect(RoleHierarchy.authorize(headOrganizer, requires: .organizer, mapping: mapping).isGranted)
        let teamOnly = MemberStanding(roleIDs: [70], isDiscordAdministrator: false)
        #expect(!RoleHierarchy.authorize(teamOnly, requires: .organizer, mapping: mapping).isGranted)
        await store.remove()
    }

    @Test func anUnconfiguredGuildHasAnEmptyMapping() async throws {
        let store = try TemporaryDatabase()
        #expect(try await GuildRoleStore(database: store.database).roleMapping(guildID: Self.guild) == RoleMapping())
        #expect(try await GuildChannelStore(database: store.database).channel(.raid, guildID: Self.guild) == nil)
        await store.remove()
    }

    @Test func setChannelsStoresTheMappingAndForgetsThePanelOfAMovedChannel() async throws {
        let store = try TemporaryDatabase()
        let channels = GuildChannelStore(database: store.database)
        _ = try await channels.setChannels([.raid: 300, .rolePing: 310], guildID: Self.guild, actorID: Self.admin, now: 1)
        try await store.database.write { connection in
            try connection.execute("UPDATE guild_channel SET panel_message_id = 999")
        }
        let change = try await channels.setChannels([.raid: 300, .rolePing: 311, .botLog: 320], guildID: Self.guild,
                                                    actorID: Self.admin, now: 2)
        #expect(change.changedKeys == [.botLog, .rolePing])
        #expect(try await channels.channels(guildID: Self.guild) == [.raid: 300, .rolePing: 311, .botLog: 320])
        #expect(try await channels.channel(.raid, guildID: Self.guild) == 300)
        #expect(try await store.count("SELECT count(*) FROM guild_channel WHERE channel_key = 'raid' AND panel_message_id = 999") == 1)
        #expect(try await store.count("SELECT count(*) FROM guild_channel WHERE channel_key = 'role_ping' AND panel_message_id IS NULL") == 1)
        #expect(try await store.count("SELECT count(*) FROM audit WHERE action = 'guild.channels.set'") == 2)
        await store.remove()
    }

    @Test func commandLogRowsKeepEveryColumn() async throws {
        let store = try TemporaryDatabase()
        let sink = CommandLogStore(database: store.database, logger: Logger(label: "test"))
        await sink.record(CommandLogEntry(
            interactionID: 1, guildID: Self.guild, channelID: 5, userID: 9, commandName: "run", subcommand: "start",
            optionsJSON: #"{"dungeon":"shatters"}"#, succeeded: false, errorCode: .notAuthorized,
            acknowledgementMilliseconds: 3, latencyMilliseconds: 17, createdAtUnixMilliseconds: 1_800_000_000_000))
        let row = try await store.database.read { connection in
            try connection.fetchOne("""
                SELECT guild_id, channel_id, user_id, command_name, subcommand, options, success, error_code,
                       latency_ms, created_at FROM command_log
                """) { row in
                [try row.get(0, as: Int64.self), try row.get(1, as: Int64.self), try row.get(2, as: Int64.self)].map(String.init)
                    + [try row.get(3, as: String.self), try row.get(4, as: String.self), try row.get(5, as: String.self),
                       String(try row.get(6, as: Int64.self)), try row.get(7, as: String.self),
                       String(try row.get(8, as: Int64.self)), String(try row.get(9, as: Int64.self))]
            }
        }
        #expect(row == ["1000", "5", "9", "run", "start", #"{"dungeon":"shatters"}"#, "0", "NOT_AUTHORIZED", "17",
                        "1800000000000"])
        await store.remove()
    }

    @Test func aBotAuditHasNoActorAndCreatesTheGuildRow() async throws {
        let store = try TemporaryDatabase()
        let sink = CommandLogStore(database: store.database, logger: Logger(label: "test"))
        await sink.audit(AuditEntry(guildID: 2000, actorID: nil, action: "punishment.expired", subject: "9",
                                    createdAtUnixMilliseconds: 5))
        #expect(try await store.count("SELECT count(*) FROM audit WHERE actor_id IS NULL AND guild_id = 2000 AND meta = '{}'") == 1)
        #expect(try await store.count("SELECT count(*) FROM guild WHERE id = 2000") == 1)
        await store.remove()
    }

    @Test func aRejectedAuditIsLoggedNotThrown() async throws {
        let store = try TemporaryDatabase()
        let sink = CommandLogStore(database: store.database, logger: Logger(label: "test"))
        // meta must be valid JSON (CHECK json_valid): the write fails, the caller carries on.
        await sink.audit(AuditEntry(guildID: 2000, actorID: 9, action: "x", subject: "y", metadataJSON: "{not json",
                                    createdAtUnixMilliseconds: 5))
        #expect(try await store.count("SELECT count(*) FROM audit") == 0)
        #expect(try await store.count("SELECT count(*) FROM member") == 0)
        await store.remove()
    }

    @Test(arguments: [("Run #12: Shattered", "Run #12: Shattered"),
                      (String(repeating: "a", count: 100), String(repeating: "a", count: 100)),
                      (String(repeating: "b", count: 140), String(repeating: "b", count: 99) + "…")])
    func raidLogThreadNamesFitDiscordsLimit(name: String, expected: String) {
        #expect(RaidLog.threadName(name) == expected)
    }
}
