import DiscordModels
import DiscordSandbox
import TestSupport
import Testing
@testable import FeatureKit

/// Custom role verification on the verification stage: a "Trusted Trader" role below the bot, the
/// panel in `#verification`, tickets in `#staff-logs`, and `#veri-log` mapped as veri_log.
extension VerificationStage {
    /// The role members verify for (created once per stage).
    func traderRole() async throws -> Snowflake {
        if let role = await sandbox.guild.role(named: "Trusted Trader") { return role.id }
        return await sandbox.guild.addRole(name: "Trusted Trader", position: 5).id
    }

    /// Adds `#veri-log` and maps it as veri_log.
    func mapVerificationLog() async throws -> Snowflake {
        let channel = await sandbox.guild.addChannel(name: "veri-log").id
        _ = try await GuildChannelStore(database: db.database).setChannels([.verificationLog: channel], guildID: sandbox.configuration.guildID,
                                                                           actorID: 1, now: clock.unixMilliseconds())
        return channel
    }

    /// Runs `/createrole` as `actor` (the guild owner by default) with the given options.
    func createRole(role: Snowflake? = nil, roleChannel: Snowflake? = nil, verificationChannel: Snowflake? = nil,
                    instructions: String = "Show your trade history screen.", description: String? = nil,
                    example: DiscordModels.Attachment? = nil, as actor: SandboxMember? = nil) async throws {
        let roleID = if let role { role } else { try await traderRole() }
        let panelChannel = if let roleChannel { roleChannel } else { try await channel("verification") }
        let ticketChannel = if let verificationChannel { verificationChannel } else { try await channel("staff-logs") }
        var options = [
            CommandInteractionOption(name: "role", type: .role, value: .string(roleID.description)),
            CommandInteractionOption(name: "role_channel", type: .channel, value: .string(panelChannel.description)),
            CommandInteractionOption(name: "verification_channel", type: .channel, value: .string(ticketChannel.description)),
            Option.text("instructions", instructions),
        ]
        if let description { options.append(Option.text("role_description", description)) }
        var resolved: ResolvedData?
        if let example {
            options.append(CommandInteractionOption(name: "example_screenshot", type: .attachment, value: .string(example.id.description)))
            var data = ResolvedData()
            data.attachments = [example.id: example]
            resolved = data
        }
        let owner = if let actor { actor } else { try await member("guild_owner") }
        await router.handle(await interactions.command("createrole", options, resolved: resolved, as: owner, in: try await channel("general")))
        clock.advance(by: .seconds(16))
    }

    /// The newest message in `#verification` (the role panel).
    func rolePanel() async throws -> SandboxMessage? { await sandbox.guild.messages(in: try await channel("verification")).last }

    /// Carries out everything the outbox holds (ticket, DMs, veri_log lines), as the worker would.
    func deliver() async {
        for _ in 0..<3 { _ = await environment.outbox.pass() }
    }

    /// The newest message in `#staff-logs` (a ticket).
    func ticket() async throws -> SandboxMessage? { await sandbox.guild.messages(in: try await channel("staff-logs")).last }

    /// A custom-role session's status, by member.
    func customSession(of userID: Snowflake) async throws -> String? {
        try await db.database.read {
            try $0.fetchValue("SELECT status FROM custom_role_verification_session WHERE user_id = ?1 ORDER BY id DESC LIMIT 1",
                              userID, as: String.self)
        }
    }

    /// `member` presses the role panel's Get Verified.
    func pressPanel(_ member: SandboxMember) async throws {
        let panel = try #require(try await rolePanel())
        await press(try #require(buttons(in: panel)["Get Verified"]), as: member, in: try await channel("verification"))
    }

    /// `member` presses the panel and sends a screenshot; the outbox posts the ticket.
    func submitScreenshot(_ member: SandboxMember) async throws {
        try await pressPanel(member)
        try await dm("", from: member, attachments: ["https://cdn.example/trades.png"])
        await deliver()
    }

    /// How many role grants Discord received.
    func roleGrants() async -> Int {
        await sandbox.recordedRequests.filter { $0.method == "PUT" && $0.route.hasSuffix("/roles/{role.id}") }.count
    }

    /// Whether the member holds `role` now.
    func has(_ member: SandboxMember, _ role: Snowflake) async -> Bool {
        await sandbox.guild.member(member.id)?.roleIDs.contains(role) == true
    }
}
