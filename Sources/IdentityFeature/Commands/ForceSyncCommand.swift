import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/forcesync` (§1.4, §7.8): members holding Verified Raider or Suspended with a nickname are
/// recorded as verified under the names their nickname shows (`Main | Alt`, split on `|`, `/`, `\`),
/// a page of the member list per transaction; unchanged names and names someone else holds are
/// skipped. Progress shows in the reply after each page.
enum ForceSyncCommand {
    /// The declaration.
    static let declaration = CommandDeclaration(
        name: "forcesync", description: "Record every verified member's IGNs from their nicknames",
        gate: .rank(.administrator), deferStyle: .publicReply, usage: "/forcesync")

    /// The walk's title.
    static let title = "Force Sync"

    /// Runs `/forcesync`.
    static func handle(_ context: InteractionContext, _ services: IdentityServices) async throws {
        let mapping = try await services.roles()
        let eligible = Set([mapping[.verifiedRaider], mapping[.suspended]].compactMap { $0 })
        guard !eligible.isEmpty else { throw IdentityRefusal.roleNotConfigured(.verifiedRaider) }
        guard await services.walks.begin(declaration.name) else { throw IdentityRefusal.syncRunning(declaration.name) }
        do {
            try await walk(eligible, context, services)
            await services.walks.end(declaration.name)
        } catch {
            await services.walks.end(declaration.name)
            throw error
        }
    }

    private static func walk(_ eligible: Set<Snowflake>, _ context: InteractionContext, _ services: IdentityServices) async throws {
        let started = services.now().unixMilliseconds
        var tally = RaiderStore.SyncTally(), walked = 0
        func lines() -> [(String, Int)] { [("Synced", tally.synced), ("Skipped", tally.skipped), ("Failed", tally.failed)] }
        try await context.reply(Reply(embeds: [WalkProgress.running(title, walked: 0, lines: lines())]))
        try await MemberWalk(rest: services.rest, guildID: services.guildID).forEachPage { page in
            let entries = page.compactMap { names(of: $0, eligible: eligible) }
            if !entries.isEmpty {
                tally.add(try await services.store.bulkSync(entries, actor: context.userID.rawValue, now: services.now()))
            }
            walked += page.count
            try await context.reply(Reply(embeds: [WalkProgress.running(title, walked: walked, lines: lines())]))
        }
        let seconds = (services.now().unixMilliseconds - started) / 1000
        let embed = WalkProgress.finished(title, walked: walked, lines: lines(), seconds: seconds)
        try await context.reply(Reply(embeds: [embed]))
        await LogChannels(services.environment).post(embed, to: .botLog)
    }

    /// The names a member's nickname shows, when they hold an eligible role and have a nickname.
    static func names(of member: Member, eligible: Set<Snowflake>) -> RaiderStore.NicknameNames? {
        guard let userID = member.user?.id, member.user?.bot != true, let nick = member.nick,
              member.roles.contains(where: eligible.contains), let parsed = Nickname.parse(nick) else { return nil }
        return RaiderStore.NicknameNames(userID: userID.rawValue, main: parsed.main, alt: parsed.alt, nickname: nick)
    }
}
