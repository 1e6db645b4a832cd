import BotKit
import TestSupport
import DiscordModels
import DiscordSandbox
import FeatureKit
import Storage
import Testing
import CivilTime

/// A guild set up for runs: an organizer role mapped, a raid channel and a raid-log channel
/// mapped, a quota configuration for the organizer role, and the organizer herself.
struct RunsStage {
    let harness: BotHarness
    let raidChannel: Snowflake
    let organizerRole: Snowflake
    let organizer: SandboxMember
    let clock: ManualBotClock

    static func make() async throws -> RunsStage {
        let clock = ManualBotClock()
        let harness = try await BotHarness.start(clock: clock)
        let guild = harness.sandbox.guild
        let role = await guild.addRole(name: "Organizer", position: 5)
        let raid = await guild.addChannel(name: "raids")
        let raidLog = await guild.addChannel(name: "raid-log")
        let organizer = await guild.addMember(username: "alice", roles: [role.id])
        let guildID = harness.sandbox.configuration.guildID
        _ = try await GuildRoleStore(database: harness.database).setRoles([.organizer: role.id], guildID: guildID,
                                                                           actorID: organizer.id, now: 1)
        _ = try await GuildChannelStore(database: harness.database).setChannels(
            [.raid: raid.id, .raidLog: raidLog.id], guildID: guildID, actorID: organizer.id, now: 1)
        try await harness.database.write { connection in
            try connection.execute("""
                INSERT INTO quota_role_config (guild_id, discord_role_id, period_start_at, reset_at,
                    base_exalt_points, base_non_exalt_points, updated_at) VALUES (?1, ?2, 0, 0, 300, 300, 0)
                """, guildID.rawValue, role.id.rawValue)
        }
        return RunsStage(harness: harness, raidChannel: raid.id, organizerRole: role.id, organizer: organizer,
                         clock: clock)
    }

    var sandbox: DiscordSandbox { harness.sandbox }

    /// `/run` by the organizer; returns the public panel message once it is posted.
    func postRun(_ dungeon: String = "SNAKE_PIT", party: String = "p1", location: String = "USW") async throws
        -> SandboxMessage {
        let handle = try await sandbox.run(command: "run", options: [
            .string("dungeon", dungeon), .string("party", party), .string("location", location),
        ], as: organizer)
        _ = try await handle.followup // the organizer panel follows the link reply
        let channel = raidChannel
        let post = try await sandbox.firstRequest { $0.method == "POST" && $0.path.hasSuffix("/channels/\(channel)/messages") }
        _ = post
        let message = try #require(await sandbox.guild.messages(in: raidChannel).last)
        return message
    }

    /// Presses `customID` on `message` as `member` and waits for the handler's answer.
    @discardableResult
    func press(_ customID: String, on message: SandboxMessage, as member: SandboxMember) async throws -> InteractionEvent {
        let handle = try await sandbox.click(customID, on: message, as: member)
        return try await handle.answer(0) { if case .callback = $0 { false } else { true } }
    }

    /// Submits the modal `customID` opened from `message` as the organizer (or `member`) and waits for the answer.
    @discardableResult
    func submit(_ customID: String, _ fields: [String: String], on message: SandboxMessage,
                as member: SandboxMember? = nil) async throws -> InteractionEvent {
        let handle = try await sandbox.submit(modal: customID, fields: fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                                              from: message, as: member ?? organizer)
        return try await handle.answer(0) { if case .callback = $0 { false } else { true } }
    }

    /// Opens the organizer panel as `member`; returns the ephemeral panel message.
    func openOrganizerPanel(_ runID: Int64, on post: SandboxMessage, as member: SandboxMember) async throws
        -> SandboxMessage? {
        let handle = try await sandbox.click("v1:run:org:\(runID)", on: post, as: member)
        _ = try await handle.answer(0) { if case .callback = $0 { false } else { true } }
        return await sandbox.guild.messages(in: post.channelID).last { $0.interactionID == handle.id }
    }

    /// Waits until the public panel shows `joined` raiders (an edit of the message says so).
    func awaitPanel(_ message: SandboxMessage, joined: Int, title: String? = nil) async throws {
        let path = "/channels/\(message.channelID)/messages/\(message.id)"
        _ = try await sandbox.firstRequest { request in
            guard request.method == "PATCH", request.path.hasSuffix(path),
                  let embed = request.body?["embeds"]?.asArray?.first else { return false }
            let fields = embed["fields"]?.asArray ?? []
            let count = fields.first { $0["name"]?.asString == "Raiders Joined" }?["value"]?.asString
            return count == "\(joined)" && (title.map { embed["title"]?.asString?.hasPrefix($0) ?? false } ?? true)
        }
    }

    /// The text of an answer: its content, else its first embed's title and description.
    static func text(_ event: InteractionEvent) -> String {
        let body = event.body?["data"] ?? event.body
        let embed = body?["embeds"]?.asArray?.first
        return [body?["content"]?.asString, embed?["title"]?.asString, embed?["description"]?.asString]
            .compactMap { $0 }.joined(separator: "\n")
    }

    func count(_ sql: String) async throws -> Int {
        try await harness.database.read { try $0.fetchValue(sql, as: Int.self) ?? -1 }
    }

    func subjects() async throws -> [String] {
        try await harness.database.read {
            try $0.fetchAll("SELECT subject_id FROM quota_event ORDER BY id") { try $0.get(0, as: String.self) }
        }
    }
}
