import BotKit
import TestSupport
import DiscordModels
import DiscordSandbox
import FeatureKit
import Storage
import Testing
@testable import raidbot
import CivilTime

/// A guild set up for the party finder: verified-raider and moderator roles mapped, the
/// party_finder and raid_log channels mapped, an owner, another raider and a moderator.
struct PartyStage {
    let harness: BotHarness
    let clock: ManualBotClock
    let finder: Snowflake
    let raidLog: Snowflake
    let owner: SandboxMember
    let stranger: SandboxMember
    let moderator: SandboxMember

    static func make() async throws -> PartyStage {
        let clock = ManualBotClock()
        let harness = try await BotHarness.start(clock: clock)
        let guild = harness.sandbox.guild
        let verified = await guild.addRole(name: "Verified Raider", position: 2)
        let moderatorRole = await guild.addRole(name: "Moderator", position: 8)
        let finder = await guild.addChannel(name: "party-finder")
        let raidLog = await guild.addChannel(name: "raid-log")
        let owner = await guild.addMember(username: "alice", roles: [verified.id])
        let stranger = await guild.addMember(username: "mallory", roles: [verified.id])
        let moderator = await guild.addMember(username: "mod", roles: [moderatorRole.id])
        let guildID = harness.sandbox.configuration.guildID
        _ = try await GuildRoleStore(database: harness.database).setRoles(
            [.verifiedRaider: verified.id, .moderator: moderatorRole.id], guildID: guildID, actorID: owner.id, now: 1)
        _ = try await GuildChannelStore(database: harness.database).setChannels(
            [.partyFinder: finder.id, .raidLog: raidLog.id], guildID: guildID, actorID: owner.id, now: 1)
        return PartyStage(harness: harness, clock: clock, finder: finder.id, raidLog: raidLog.id, owner: owner,
                          stranger: stranger, moderator: moderator)
    }

    var sandbox: DiscordSandbox { harness.sandbox }

    /// `/party` by the owner; returns the bot's answer text.
    func postParty(_ name: String) async throws -> String {
        let handle = try await sandbox.run(command: "party", options: [
            .string("party_name", name), .string("description", "Chill runs"), .string("location", "USWest"),
            .string("dungeon_1", "SHATTERS"),
        ], as: owner)
        return Self.text(try await handle.answer(0) { if case .callback = $0 { false } else { true } })
    }

    /// Presses `customID` on `message` as `member`; returns the ephemeral answer's text.
    func press(_ customID: String, on message: SandboxMessage, as member: SandboxMember) async throws -> String {
        let handle = try await sandbox.click(customID, on: message, as: member)
        return Self.text(try await handle.answer(0) { if case .callback = $0 { false } else { true } })
    }

    /// The stored party `id`: (status, close reason, message, thread, warnings sent).
    func row(_ id: Int64) async throws -> (String, String?, UInt64?, UInt64?, Int)? {
        try await harness.database.read {
            try $0.fetchOne("SELECT status, close_reason, message_id, thread_id, warnings_sent FROM party WHERE id = ?1", id) {
                (try $0.get(0, as: String.self), try $0.get(1, as: String?.self), try $0.get(2, as: UInt64?.self),
                 try $0.get(3, as: UInt64?.self), try $0.get(4, as: Int.self))
            }
        }
    }

    /// Waits until the bot has deleted `message` from the party_finder channel.
    func awaitDeletion(of message: UInt64) async throws {
        let path = "/channels/\(finder)/messages/\(message)"
        _ = try await sandbox.firstRequest { $0.method == "DELETE" && $0.path.hasSuffix(path) }
    }

    static func text(_ event: InteractionEvent) -> String {
        let body = event.body?["data"] ?? event.body
        return body?["content"]?.asString ?? ""
    }
}

/// The party finder through the Discord stand-in and the whole bot: parties and their timers
/// live in the database, so a restart loses nothing (defect 18).
@Suite("Parties end to end", .serialized)
struct PartyEndToEndTests {
    @Test("a party is posted with its thread, warned once, survives a restart and closes itself at expiry")
    func timerSurvivesRestart() async throws {
        let stage = try await PartyStage.make()
        let answer = try await stage.postParty("Shatters crew")
        #expect(answer.contains("Party posted"))
        let (status, _, messageID, threadID, _) = try #require(try await stage.row(1))
        let message = try #require(messageID), thread = try #require(threadID)
        #expect(status == "open")
        let post = try #require(await stage.sandbox.guild.message(Snowflake(message)))
        #expect(post.content == "**Party:** Shatters crew | **Location:** USWest")
        #expect(post.customIDs == ["v1:party:extend:1", "v1:party:close:1"])
        #expect(await stage.sandbox.guild.channel(Snowflake(thread))?.isThread == true)
        #expect(await stage.sandbox.guild.channel(Snowflake(thread))?.name == "Shatters crew")

        // 10 minutes before expiry the timer warns in the thread, once.
        stage.clock.advance(by: .seconds(110 * 60))
        let warning = try await stage.sandbox.firstRequest {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(thread)/messages")
        }
        #expect(warning.body?["content"]?.asString?.contains("**10 minutes**") == true)
        let refused = try await stage.press("v1:party:extend:1", on: post, as: stage.stranger)
        #expect(refused.contains("Only the party owner can extend"))

        try await stage.harness.restartBot()
        let warnings = await stage.sandbox.recordedRequests.filter {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(thread)/messages")
        }
        #expect(warnings.count == 1)
        #expect(try await stage.row(1)?.4 == 1)
        let logThread = try await stage.harness.database.read {
            try $0.fetchValue("SELECT raid_log_thread_id FROM party WHERE id = 1", as: UInt64.self)
        }
        let logThreadID = try #require(logThread)
        let log = try #require(await stage.sandbox.guild.channel(Snowflake(logThreadID)))
        #expect(log.parentID == stage.raidLog && log.name == "🎉 Party: Shatters crew - Owner: alice")

        // Past expiry, the restarted bot's timer closes it from the table alone.
        stage.clock.advance(by: .seconds(11 * 60))
        try await stage.awaitDeletion(of: message)
        #expect(try await stage.row(1)?.0 == "closed")
        #expect(try await stage.row(1)?.1 == "expired")
        #expect(await stage.sandbox.guild.message(Snowflake(message)) == nil)
        #expect(await stage.sandbox.guild.channel(Snowflake(thread)) == nil)
        await stage.harness.stop()
    }

    @Test("close: a stranger is refused, a moderator closes the post and its thread; a stale button is told so")
    func moderatorCloses() async throws {
        let stage = try await PartyStage.make()
        _ = try await stage.postParty("Nest group")
        let (_, _, messageID, threadID, _) = try #require(try await stage.row(1))
        let message = try #require(messageID), thread = try #require(threadID)
        let post = try #require(await stage.sandbox.guild.message(Snowflake(message)))
        #expect(try await stage.postParty("Second").contains("already have an open party"))

        let extended = try await stage.press("v1:party:extend:1", on: post, as: stage.owner)
        #expect(extended.contains("extended by 1 hour"))
        let lifetime = try await stage.harness.database.read {
            try $0.fetchValue("SELECT expires_at - created_at FROM party WHERE id = 1", as: Int64.self)
        }
        #expect(lifetime == Int64(180 * 60_000))
        let refused = try await stage.press("v1:party:close:1", on: post, as: stage.stranger)
        #expect(refused.contains("Only the party owner or a moderator"))
        #expect(try await stage.row(1)?.0 == "open")

        let closed = try await stage.press("v1:party:close:1", on: post, as: stage.moderator)
        #expect(closed.contains("closed"))
        #expect(try await stage.row(1)?.1 == "moderator")
        #expect(await stage.sandbox.guild.message(Snowflake(message)) == nil)
        #expect(await stage.sandbox.guild.channel(Snowflake(thread)) == nil)
        // An old copy of the post's buttons (a client that has not caught up) gets a clear answer.
        let stale = await stage.sandbox.guild.postMessage(in: stage.finder, as: stage.owner.id, content: "old",
                                                          components: [.object(["type": .number(1), "components": .array([
            .object(["type": .number(2), "style": .number(4), "label": .string("Close"),
                     "custom_id": .string("v1:party:close:1")]),
        ])])])
        let again = try await stage.press("v1:party:close:1", on: stale, as: stage.owner)
        #expect(again.contains("already closed"))
        let audits = try await stage.harness.database.read {
            try $0.fetchValue("SELECT COUNT(*) FROM audit WHERE action = 'party.closed' AND actor_id = ?1", stage.moderator.id,
                              as: Int.self)
        }
        #expect(audits == 1)
        await stage.harness.stop()
    }

    @Test("a post deleted by hand no longer blocks its owner: the next /party closes it and posts anew")
    func vanishedPostIsClosed() async throws {
        let stage = try await PartyStage.make()
        _ = try await stage.postParty("Lost post")
        let (_, _, messageID, threadID, _) = try #require(try await stage.row(1))
        let message = try #require(messageID), thread = try #require(threadID)
        #expect(await stage.sandbox.guild.deleteMessageByHand(Snowflake(message), in: stage.finder))
        #expect(try await stage.postParty("Found again").contains("Party posted"))
        #expect(try await stage.row(1)?.0 == "closed")
        #expect(try await stage.row(2)?.0 == "open")
        #expect(await stage.sandbox.guild.channel(Snowflake(thread)) == nil)
        await stage.harness.stop()
    }

    @Test("a post Discord refuses leaves no party behind: the member is told, and the next /party works")
    func refusedPostIsForgotten() async throws {
        let stage = try await PartyStage.make()
        await stage.sandbox.inject(.serverError(status: 403),
                                   on: RouteSelector(method: "POST", route: "/channels/{channel.id}/messages"))
        let refused = try await stage.postParty("Unlucky")
        #expect(!refused.contains("Party posted") && !refused.isEmpty)
        #expect(try await stage.row(1) == nil)
        #expect(try await stage.postParty("Lucky").contains("Party posted"))
        let names = try await stage.harness.database.read {
            try $0.fetchAll("SELECT name FROM party WHERE status = 'open'") { try $0.get(0, as: String.self) }
        }
        #expect(names == ["Lucky"])
        await stage.harness.stop()
    }
}
