import BotKit
import DiscordModels
import FeatureKit

/// `/syncteam` (§1.4, §8.1): the Team role brought in line for every member, walked through the
/// paged member list (no cache), one role change at a time within the REST buckets, progress shown
/// in the reply after each page. The mapping is read once per walk (defect 32's per-member reads).
enum SyncTeamCommand {
    /// The declaration.
    static let declaration = CommandDeclaration(
        name: "syncteam", description: "Give the Team role to every staff member and take it from everyone else",
        gate: .rank(.administrator), deferStyle: .publicReply, usage: "/syncteam")

    /// The walk's title.
    static let title = "Team Role Sync"

    /// Runs `/syncteam`.
    static func handle(_ context: InteractionContext, _ services: IdentityServices) async throws {
        let mapping = try await services.roles()
        guard let roles = TeamRule.Roles(mapping) else { throw IdentityRefusal.roleNotConfigured(.team) }
        let scene = try await IdentityScene.load(services.rest, guildID: services.guildID, botID: context.interaction.applicationID)
        _ = try scene.manageableRole(.team, mapping: mapping)
        guard await services.walks.begin(declaration.name) else { throw IdentityRefusal.syncRunning(declaration.name) }
        do {
            try await walk(roles, context, services)
            await services.walks.end(declaration.name)
        } catch {
            await services.walks.end(declaration.name)
            throw error
        }
    }

    private static func walk(_ roles: TeamRule.Roles, _ context: InteractionContext, _ services: IdentityServices) async throws {
        let started = services.now().unixMilliseconds
        let sync = TeamSync(services: services)
        var added = 0, removed = 0, failed = 0, walked = 0
        func lines() -> [(String, Int)] { [("Added", added), ("Removed", removed), ("Failed", failed)] }
        try await context.reply(Reply(embeds: [WalkProgress.running(title, walked: 0, lines: lines())]))
        try await MemberWalk(rest: services.rest, guildID: services.guildID).forEachPage { page in
            for member in page where member.user?.bot != true {
                guard let userID = member.user?.id else { continue }
                let decision = TeamRule.decide(member.roles, roles)
                guard decision != .keep else { continue }
                do {
                    try await sync.apply(decision, to: userID, roles: roles)
                    if decision == .add { added += 1 } else { removed += 1 }
                } catch {
                    failed += 1
                    services.logger.warning("team role not changed", metadata: ["user.id": "\(userID)", "error": "\(error)"])
                }
            }
            walked += page.count
            try await context.reply(Reply(embeds: [WalkProgress.running(title, walked: walked, lines: lines())]))
        }
        let seconds = (services.now().unixMilliseconds - started) / 1000
        let embed = WalkProgress.finished(title, walked: walked, lines: lines(), seconds: seconds)
        try await context.reply(Reply(embeds: [embed]))
        await LogChannels(services.environment).post(embed, to: .botLog)
    }
}
