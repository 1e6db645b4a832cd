import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// Draws the quota leaderboard panels and final boards in the `quota` channel. Both are outbox
/// redraws (`quota:<role>`, `quotafinal:<role>:<end>`): the outbox runs them one at a time per
/// target, coalesces repeats and retries failures, so two triggers never post two panels.
struct QuotaPanels: Sendable {
    let services: QuotaServices
    var store: QuotaPanelStore { QuotaPanelStore(database: services.database, guildID: services.guildID.rawValue) }

    /// Registers both redrawers with the outbox.
    func register() {
        let panels = self
        services.environment.outbox.register(panel: PointsLedger.quotaPanelKind) { id in
            guard let role = UInt64(id) else { return }
            try await panels.redraw(RoleID(role))
        }
        services.environment.outbox.register(panel: QuotaRollover.finalBoardKind) { id in
            let parts = id.split(separator: ":")
            guard parts.count == 2, let role = UInt64(parts[0]), let end = Int64(parts[1]) else { return }
            try await panels.postFinal(RoleID(role), periodEnd: end)
        }
    }

    /// Draws `role`'s panel: edits the message it has, or posts one (and remembers it) when it has
    /// none or Discord lost it. Nothing happens without a configuration or a quota channel.
    func redraw(_ role: RoleID) async throws {
        guard let config = try await QuotaConfigEditor(services).record(role),
              let channel = try await GuildChannelStore(database: services.database).channel(.quota, guildID: services.guildID)
        else { return }
        let now = services.now(), period = config.period(at: now)
        let holders = try await RoleHolders.members(of: Snowflake(role.rawValue), services)
        let standings = try await services.totals {
            try $0.standings(role: role.rawValue, window: QuotaWindow(since: period.start.unixMilliseconds,
                                                                    until: period.end.unixMilliseconds))
        }.filter { holders.contains($0.userID) }
        let panel = QuotaPanelView.live(config, roleName: try await roleName(role), standings: Array(standings.prefix(50)),
                                        holders: holders.count, now: now)
        if let message = config.panelMessageID, try await edit(Snowflake(message), in: channel, panel) { return }
        let posted = try await services.rest.createMessage(channelID: channel, panel)
        try await store.setPanelMessage(posted.id, role: role, now: now)
    }

    /// Posts an ended period's final board once: not when it has a message, nor when the channel
    /// already shows it (a restart between Discord's answer and the write that records it).
    func postFinal(_ role: RoleID, periodEnd: Int64) async throws {
        guard let result = try await store.result(role: role, periodEnd: periodEnd), result.messageID == nil,
              let channel = try await GuildChannelStore(database: services.database).channel(.quota, guildID: services.guildID)
        else { return }
        let marker = QuotaPanelView.marker(result)
        let recent = try await services.rest.listMessages(channelID: channel, limit: 50)
        if let shown = recent.first(where: { $0.embeds.contains { $0.footer?.text.hasSuffix(marker) ?? false } }) {
            return try await store.setResultMessage(shown.id, role: role, periodEnd: periodEnd)
        }
        let posted = try await services.rest.createMessage(channelID: channel, QuotaPanelView.final(result, roleName: try await roleName(role)))
        try await store.setResultMessage(posted.id, role: role, periodEnd: periodEnd)
    }

    /// Edits the panel message; false when Discord no longer has it, or when it is not this bot's
    /// to edit (an imported incumbent panel posted by another application): a new one is posted.
    private func edit(_ message: Snowflake, in channel: Snowflake, _ panel: MessageCreate) async throws -> Bool {
        do {
            _ = try await services.rest.editMessage(channelID: channel, messageID: message,
                                                    MessageEdit(embeds: panel.embeds, allowedMentions: panel.allowedMentions))
            return true
        } catch let error as RESTError where error.status == 404 || error.status == 403 {
            return false
        }
    }

    private func roleName(_ role: RoleID) async throws -> String {
        try await services.rest.listRoles(guildID: services.guildID).first { $0.id.rawValue == role.rawValue }?.name ?? "Quota"
    }
}

/// The members who hold a role now, from Discord's member list (1,000 a page).
enum RoleHolders {
    /// Pages read at most (100,000 members).
    static let maximumPages = 100

    static func members(of role: Snowflake, _ services: QuotaServices) async throws -> Set<UInt64> {
        var holders = Set<UInt64>(), after: Snowflake?
        for _ in 0..<maximumPages {
            let page = try await services.rest.listMembers(guildID: services.guildID, limit: 1000, after: after)
            for member in page where member.roles.contains(role) { member.user.map { _ = holders.insert($0.id.rawValue) } }
            guard page.count == 1000, let last = page.last?.user?.id else { break }
            after = last
        }
        return holders
    }
}
