import BotKit
import DiscordModels
import DiscordSandbox
import FeatureKit
import Foundation
import OpenAPIValidation
import Storage
import Testing
import TestSupport

/// The moderation commands end to end (issue 10): each interaction arrives over the stand-in's
/// gateway, the real bot (the executable's composition) answers through its webhooks and acts
/// through the stand-in's member, role, ban and DM routes; the tests read the stand-in's recorded
/// state and the bot's database. One sandbox and bot per test, so the suite runs serialized.
@Suite("Moderation commands end to end", .serialized, .timeLimit(.minutes(2)))
struct ModerationCommandsEndToEndTests {
    @Test("suspend, suspend again (extends), warn, addnote, removepunishment: DMs first, rows, role and log posts")
    func punishmentsAndRemoval() async throws {
        let stage = try await ModerationE2EStage.make()
        let security = stage.security, guild = stage.sandbox.guild
        let rin = try #require(await guild.member(named: "raider_rin"))
        let start = stage.clock.unixMilliseconds()

        // /suspend for a day, then again for twelve hours: the second extends the first (§1.2)
        let first = try await stage.run("suspend", [.user("member", rin.id), .string("duration", "1d"),
                                                    .string("reason", "first")], as: security)
        #expect(ModerationE2EStage.title(first) == "🔨 Member Suspended")
        #expect(try await stage.holds(stage.suspendedRole, rin.id))
        let second = try await stage.run("suspend", [.user("member", rin.id), .string("duration", "12h"),
                                                     .string("reason", "second")], as: security)
        #expect(ModerationE2EStage.title(second) == "🔨 Suspension Extended")
        let suspensions = try await stage.harness.database.read {
            try $0.fetchAll("SELECT id, reason, expires_at, active, removal_reason FROM punishment WHERE type = 'suspend' ORDER BY created_at, rowid") {
                (try $0.get(0, as: String.self), try $0.get(1, as: String.self), try $0.get(2, as: Int64.self),
                 try $0.get(3, as: Bool.self), try $0.get(4, as: String?.self))
            }
        }
        try #require(suspensions.count == 2)
        #expect(suspensions[0].3 == false && suspensions[0].4 == "Extended by adding 12 hours")
        #expect(suspensions[1].1 == "second [Extended from previous suspension]" && suspensions[1].3)
        // The new expiry is the old one plus the added time, not now plus it
        #expect(suspensions[1].2 == start + 86_400_000 + 12 * 3_600_000)
        #expect(await stage.directMessageTitles(rin.id) == ["🔨 You have been suspended", "🔨 Your suspension was extended"])

        // /warn: DMed before the answer, stored, audited
        let warn = try await stage.run("warn", [.user("member", rin.id), .string("reason", "Leeching")], as: security)
        #expect(ModerationE2EStage.title(warn) == "⚠️ Warning Issued")
        #expect(try await stage.count("SELECT COUNT(*) FROM punishment WHERE type = 'warn' AND active = 1 AND reason = 'Leeching'") == 1)
        #expect(try await stage.count("SELECT COUNT(*) FROM audit WHERE action = 'punishment.warn'") == 1)
        #expect(await stage.directMessageTitles(rin.id).last == "⚠️ Warning")
        try await stage.expectDMBeforeAnswer(to: rin.id, answer: warn)

        // /addnote: stored and audited; no DM
        let note = try await stage.run("addnote", [.user("member", rin.id), .string("note", "Alt of a banned player")],
                                       as: security)
        #expect(ModerationE2EStage.title(note) == "📝 Staff Note Added")
        #expect(try await stage.count("SELECT COUNT(*) FROM note WHERE note_text = 'Alt of a banned player'") == 1)
        #expect(try await stage.count("SELECT COUNT(*) FROM audit WHERE action = 'note.created'") == 1)
        #expect(await stage.directMessageTitles(rin.id).count == 3)

        // /removepunishment of the suspension in force: the row is marked removed, the role taken
        // (through the outbox), the member told
        let removed = try await stage.run("removepunishment", [.string("id", suspensions[1].0), .string("reason", "Appeal")],
                                          as: security)
        #expect(ModerationE2EStage.title(removed) == "Suspension Lifted")
        let lift = "/guilds/\(stage.guildID)/members/\(rin.id)/roles/\(stage.suspendedRole)"
        _ = try await stage.sandbox.firstRequest { $0.method == "DELETE" && $0.path.hasSuffix(lift) }
        #expect(try await !stage.holds(stage.suspendedRole, rin.id))
        #expect(try await stage.count("""
            SELECT COUNT(*) FROM punishment WHERE type = 'suspend' AND active = 0 AND removed_by = \(security.id)
                AND removal_reason = 'Appeal'
            """) == 1)
        #expect(try await stage.count("SELECT COUNT(*) FROM audit WHERE action = 'punishment.removed'") == 1)
        #expect(await stage.directMessageTitles(rin.id).last == "✅ Suspension Lifted")
        // Every action is in punishment_log, in order (the note goes to bot_log, unmapped here)
        #expect(await stage.logTitles() == ["🔨 Member Suspended", "🔨 Suspension Extended", "⚠️ Warning Issued",
                                            "Suspension Lifted"])
        #expect(try await stage.commandLog(5) == ["suspend:1", "suspend:1", "warn:1", "addnote:1", "removepunishment:1"])
        await stage.harness.stop()
    }

    @Test("find pages across its tabs with the buttons, which still work after a bot restart")
    func findPagesAcrossARestart() async throws {
        let stage = try await ModerationE2EStage.make()
        let security = stage.security, guild = stage.sandbox.guild
        let rin = try #require(await guild.member(named: "raider_rin"))
        // Given a note and eleven warnings, one of them issued through /warn
        _ = try await stage.run("addnote", [.user("member", rin.id), .string("note", "watch them")], as: security)
        _ = try await stage.run("warn", [.user("member", rin.id), .string("reason", "live warning")], as: security)
        try await stage.harness.database.write { connection in
            for index in 1...10 {
                try connection.execute("""
                    INSERT INTO punishment (id, guild_id, user_id, moderator_id, type, reason, created_at)
                    VALUES (printf('%024x', ?3), ?1, ?2, 8, 'warn', 'warning ' || ?3, ?3)
                    """, stage.guildID, rin.id, index)
            }
        }

        // /find opens on User Info with the eight buttons
        let find = try await stage.run("find", [.user("member", rin.id)], as: security)
        #expect(ModerationE2EStage.title(find) == "🔎 User Info")
        var message = try await stage.message(answering: find)
        #expect(message.customIDs.count == 8)
        // Punishments: five per page, page 1 of 3
        message = try await stage.press("Punishments", on: message, as: security)
        #expect(message.embeds.count == 6)
        #expect(ModerationE2EStage.buttons(message)["1/3"] != nil)
        message = try await stage.press("▶", on: message, as: security)
        #expect(ModerationE2EStage.buttons(message)["2/3"] != nil)

        // After a restart the same message's buttons still work: their state is in the custom_ids
        try await stage.harness.restartBot()
        message = try await stage.press("⏭", on: message, as: security)
        #expect(ModerationE2EStage.buttons(message)["3/3"] != nil)
        #expect(message.embeds.count == 2)
        message = try await stage.press("◀", on: message, as: security)
        #expect(ModerationE2EStage.buttons(message)["2/3"] != nil)
        message = try await stage.press("⏮", on: message, as: security)
        #expect(ModerationE2EStage.buttons(message)["1/3"] != nil)
        message = try await stage.press("Notes", on: message, as: security)
        #expect(message.embeds.last?["description"]?.asString == "watch them")
        message = try await stage.press("User Info", on: message, as: security)
        #expect(message.embeds.first?["title"]?.asString == "🔎 User Info")
        // Another member's press is refused and changes nothing
        let other = try await stage.sandbox.click(try #require(ModerationE2EStage.buttons(message)["Notes"]), on: message,
                                                  as: try #require(await guild.member(named: "guild_owner")))
        #expect(ModerationE2EStage.text(try await ModerationE2EStage.answer(other)).contains("Only the member who ran this"))
        #expect(await guild.message(message.id)?.embeds.first?["title"]?.asString == "🔎 User Info")
        await stage.harness.stop()
    }

    @Test("kick, ban, softban and unban through the stand-in's member and ban routes: DM first, audit reason, ban list")
    func memberRemovals() async throws {
        let stage = try await ModerationE2EStage.make()
        let officer = stage.officer, guild = stage.sandbox.guild
        let rin = try #require(await guild.member(named: "raider_rin"))
        let ray = try #require(await guild.member(named: "raider_ray"))
        let nia = try #require(await guild.member(named: "newcomer_nia"))
        let memberRoute = "/guilds/{guild.id}/members/{user.id}", banRoute = "/guilds/{guild.id}/bans/{user.id}"

        // /kick: the DM, then DELETE member with the reason as X-Audit-Log-Reason; the member is gone
        let kick = try await stage.run("kick", [.user("member", rin.id), .string("reason", "Toxic")], as: officer)
        #expect(ModerationE2EStage.title(kick) == "👢 Member Kicked")
        #expect(await guild.member(rin.id) == nil)
        let kicked = try await stage.request("DELETE", memberRoute, user: rin.id)
        #expect(kicked.headers["x-audit-log-reason"]?.removingPercentEncoding == "Kick: Toxic")
        try await stage.expectDM(to: rin.id, before: kicked, title: "You have been kicked from \(guild.name)")

        // /ban: the DM, then PUT ban deleting a day of messages; the member is gone and listed as banned
        let ban = try await stage.run("ban", [.user("member", ray.id), .string("reason", "Scamming")], as: officer)
        #expect(ModerationE2EStage.title(ban) == "🔨 Member Banned")
        let banned = try await stage.request("PUT", banRoute, user: ray.id)
        #expect(banned.body?["delete_message_seconds"]?.asInt == 86_400)
        #expect(banned.headers["x-audit-log-reason"]?.removingPercentEncoding == "Ban: Scamming")
        try await stage.expectDM(to: ray.id, before: banned, title: "You have been banned from \(guild.name)")
        #expect(await guild.member(ray.id) == nil)
        #expect(await guild.bans[ray.id] == .some("Ban: Scamming"))

        // /softban: PUT ban with seven days, then DELETE ban; gone, but not banned
        let softban = try await stage.run("softban", [.user("member", nia.id), .string("reason", "Spam")], as: officer)
        #expect(ModerationE2EStage.title(softban) == "🧹 Member Softbanned")
        let softBan = try await stage.request("PUT", banRoute, user: nia.id)
        let softUnban = try await stage.request("DELETE", banRoute, user: nia.id)
        #expect(softBan.body?["delete_message_seconds"]?.asInt == 604_800)
        #expect(softBan.sequence < softUnban.sequence)
        #expect(softUnban.headers["x-audit-log-reason"]?.removingPercentEncoding == "Softban: Spam")
        try await stage.expectDM(to: nia.id, before: softBan, title: "You have been softbanned from \(guild.name)")
        #expect(await guild.member(nia.id) == nil)
        #expect(await guild.bans[nia.id] == nil)

        // /unban: the ban is read, then lifted; the ban list is empty; a second unban is refused
        let unban = try await stage.run("unban", [.string("user_id", ray.id.description), .string("reason", "Appeal")],
                                        as: officer)
        #expect(ModerationE2EStage.title(unban) == "✅ User Unbanned")
        _ = try await stage.request("GET", banRoute, user: ray.id)
        let unbanned = try await stage.request("DELETE", banRoute, user: ray.id)
        #expect(unbanned.headers["x-audit-log-reason"]?.removingPercentEncoding?.contains("Appeal") == true)
        #expect(await guild.bans.isEmpty)
        let again = try await stage.run("unban", [.string("user_id", ray.id.description), .string("reason", "Appeal")],
                                        as: officer)
        #expect(ModerationE2EStage.text(again).contains("User Not Banned"))

        // The database: no punishment rows (§1.3: Discord actions only), every command logged
        #expect(try await stage.count("SELECT COUNT(*) FROM punishment") == 0)
        #expect(try await stage.commandLog(5) == ["kick:1", "ban:1", "softban:1", "unban:1", "unban:0"])
        #expect(await stage.logTitles() == ["👢 Member Kicked", "🔨 Member Banned", "🧹 Member Softbanned", "✅ User Unbanned"])
        // Every member, ban and DM request the bot sent is a Discord operation, with a body the spec accepts
        let spec = try OpenAPISpec(contentsOf: DiscordSpecFile.path)
        let sent = await stage.sandbox.recordedRequests.filter {
            $0.route.hasPrefix("/guilds/{guild.id}/members/") || $0.route.hasPrefix("/guilds/{guild.id}/bans")
                || $0.route == "/users/@me/channels"
        }
        #expect(sent.count >= 10)
        for request in sent {
            // A bodiless DELETE of a ban is what Discord takes; the spec declares an empty object for it
            let required = spec.operation(method: request.method, path: request.path)?.requestBodyRequired ?? false
            let body = request.bodyBytes.isEmpty ? (required ? Data("{}".utf8) : nil) : Data(request.bodyBytes)
            let violations = try spec.validateRequest(method: request.method, path: request.path, body: body)
            #expect(violations.isEmpty, "\(request.method) \(request.route): \(violations)")
        }
        await stage.harness.stop()
    }
}

/// A guild set up for moderation as an administrator would: the staff ranks, Suspended and
/// punishment_log mapped in the bot's database; Security Sam and Head Raid Leader Hana (officer).
struct ModerationE2EStage {
    let harness: BotHarness
    let clock: ManualBotClock
    let security: SandboxMember
    let officer: SandboxMember
    let suspendedRole: Snowflake
    let logChannel: Snowflake

    var sandbox: DiscordSandbox { harness.sandbox }
    var guildID: Snowflake { harness.sandbox.configuration.guildID }

    static func make() async throws -> ModerationE2EStage {
        let clock = ManualBotClock()
        let harness = try await BotHarness.start(clock: clock)
        let guild = harness.sandbox.guild, guildID = harness.sandbox.configuration.guildID
        var mapping: [GuildRole: Snowflake] = [:]
        for (key, name) in [(GuildRole.security, "Security"), (.officer, "Head Raid Leader"), (.organizer, "Raid Leader"),
                            (.verifiedRaider, "Verified Raider"), (.suspended, "Suspended"), (.administrator, "Admin")] {
            mapping[key] = try #require(await guild.role(named: name)).id
        }
        _ = try await GuildRoleStore(database: harness.database).setRoles(mapping, guildID: guildID, actorID: 1, now: 1)
        let logs = try #require(await guild.channel(named: "staff-logs")).id
        _ = try await GuildChannelStore(database: harness.database).setChannels([.punishmentLog: logs], guildID: guildID,
                                                                                 actorID: 1, now: 1)
        return ModerationE2EStage(harness: harness, clock: clock,
                                  security: try #require(await guild.member(named: "security_sam")),
                                  officer: try #require(await guild.member(named: "head_leader_hana")),
                                  suspendedRole: try #require(mapping[.suspended]), logChannel: logs)
    }

    /// Runs `/name` over the gateway as `member` and waits for the bot's answer (after the deferral);
    /// then moves the clock past the command rate limit.
    func run(_ name: String, _ options: [CommandOption], as member: SandboxMember) async throws -> InteractionEvent {
        let handle = try await sandbox.run(command: name, options: options, as: member)
        let answer = try await Self.answer(handle)
        _ = await harness.outcomes.outcomes(of: handle.id)
        clock.advance(by: .seconds(3))
        return answer
    }

    /// Presses the button labelled `label` on `message` as `member`; returns the message as redrawn.
    func press(_ label: String, on message: SandboxMessage, as member: SandboxMember) async throws -> SandboxMessage {
        let customID = try #require(Self.buttons(message)[label], "no \(label) button: \(Self.buttons(message).keys)")
        let handle = try await sandbox.click(customID, on: message, as: member)
        _ = try await Self.answer(handle)
        clock.advance(by: .seconds(3))
        return try #require(await sandbox.guild.message(message.id))
    }

    /// The first answer after the acknowledgement.
    static func answer(_ handle: InteractionHandle) async throws -> InteractionEvent {
        try await handle.answer(0) { if case .callback = $0 { false } else { true } }
    }

    /// The public message the answer to `event`'s interaction drew.
    func message(answering event: InteractionEvent) async throws -> SandboxMessage {
        for channel in await sandbox.guild.channels {
            if let message = await sandbox.guild.messages(in: channel.id).last(where: { $0.interactionID == event.interactionID }) {
                return message
            }
        }
        throw SandboxError(.unknownEntity, "no message answers interaction \(event.interactionID)")
    }

    /// `command:success` of every command_log row, in order, once there are `rows` of them (the
    /// router writes them after answering).
    func commandLog(_ rows: Int) async throws -> [String] {
        for _ in 0..<200 where try await count("SELECT COUNT(*) FROM command_log") < rows {
            try await Task.sleep(for: .milliseconds(10))
        }
        return try await harness.database.read {
            try $0.fetchAll("SELECT command_name, success FROM command_log ORDER BY id") {
                "\(try $0.get(0, as: String.self)):\(try $0.get(1, as: Int.self))"
            }
        }
    }

    func count(_ sql: String) async throws -> Int {
        try await harness.database.read { try $0.fetchValue(sql, as: Int.self) ?? -1 }
    }

    func holds(_ role: Snowflake, _ userID: Snowflake) async throws -> Bool {
        try #require(await sandbox.guild.member(userID)).roleIDs.contains(role)
    }

    /// The first embed titles of the DMs the bot sent `userID`.
    func directMessageTitles(_ userID: Snowflake) async -> [String] {
        guard let channel = await sandbox.guild.dmChannel(with: userID) else { return [] }
        return await sandbox.guild.messages(in: channel.id).compactMap { $0.embeds.first?["title"]?.asString }
    }

    /// The embed titles posted in punishment_log.
    func logTitles() async -> [String] {
        await sandbox.guild.messages(in: logChannel).compactMap { $0.embeds.first?["title"]?.asString }
    }

    /// The one recorded request of `method route` about `user`.
    func request(_ method: String, _ route: String, user: Snowflake) async throws -> RecordedRequest {
        let matches = await sandbox.recordedRequests.filter { $0.is(method, route) && $0.path.hasSuffix("/\(user)") }
        try #require(matches.count == 1, "\(method) \(route) for \(user): \(matches.count) requests")
        return matches[0]
    }

    /// The DM titled `title` to `userID` was posted (and accepted) before `action` reached Discord.
    func expectDM(to userID: Snowflake, before action: RecordedRequest, title: String,
                  sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let channel = try #require(await sandbox.guild.dmChannel(with: userID), sourceLocation: sourceLocation).id
        let dm = try #require(await sandbox.recordedRequests.first {
            $0.is("POST", "/channels/{channel.id}/messages") && $0.path.hasSuffix("/channels/\(channel)/messages")
                && $0.body?["embeds"]?.asArray?.first?["title"]?.asString == title
        }, "no DM titled \(title)", sourceLocation: sourceLocation)
        #expect(dm.status < 300 && dm.sequence < action.sequence, sourceLocation: sourceLocation)
    }

    /// The latest DM to `userID` reached Discord before the bot answered with `answer`.
    func expectDMBeforeAnswer(to userID: Snowflake, answer: InteractionEvent) async throws {
        let channel = try #require(await sandbox.guild.dmChannel(with: userID)).id
        let dm = try #require(await sandbox.recordedRequests.last { $0.path.hasSuffix("/channels/\(channel)/messages") })
        #expect(dm.status < 300 && dm.receivedAt < answer.receivedAt)
    }

    /// The labels and custom_ids of a message's buttons.
    static func buttons(_ message: SandboxMessage) -> [String: String] {
        var ids: [String: String] = [:]
        for row in message.components {
            for component in row["components"]?.asArray ?? [] {
                if let label = component["label"]?.asString, let id = component["custom_id"]?.asString { ids[label] = id }
            }
        }
        return ids
    }

    /// The first embed's title of an answer.
    static func title(_ event: InteractionEvent) -> String? {
        (event.body?["data"] ?? event.body)?["embeds"]?.asArray?.first?["title"]?.asString
    }

    /// An answer's content, else its first embed's title and description.
    static func text(_ event: InteractionEvent) -> String { RunsStage.text(event) }
}
