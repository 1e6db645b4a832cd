import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The post's buttons (§2.5): Close (the owner, or moderator+ by the role hierarchy) and Extend
/// (the owner, +1 h with the warnings re-armed). The store decides and audits in one transaction;
/// then the post and its thread go (Close), the logs get a line, and the member an ephemeral answer.
enum PartyActions {
    /// Routes Close and Extend; no route gate: who may press is the party's own rule.
    static func register(into routes: inout InteractionRoutes, services: PartyServices) {
        routes.component(ComponentRoute(PartyComponentIDs.close, rateLimit: RateLimit("party:close", .buttonDefault),
                                        action: .deferred(.ephemeralReply) { try await close($0, services) }))
        routes.component(ComponentRoute(PartyComponentIDs.extend, rateLimit: RateLimit("party:extend", .buttonDefault),
                                        action: .deferred(.ephemeralReply) { try await extend($0, services) }))
    }

    /// Close: decided and audited in one transaction, then the post and thread go.
    static func close(_ context: InteractionContext, _ services: PartyServices) async throws {
        let id = try await partyOnThisMessage(context, services)
        let actor = MemberID(context.userID.rawValue)
        let moderator = try await isModerator(context, services)
        let record = try await services.store.close(id, by: actor, isModerator: moderator, now: services.now())
            .get()
        await services.deletePost(record)
        try await context.reply(.text("✅ Party **\(record.post.name)** closed."))
        await services.raidLog(record, PartyPostView.closedLine(record, by: actor))
        await services.botLog("🚪 Party Closed", record, actor: actor)
    }

    /// Extend: one hour more for the owner, warnings re-armed.
    static func extend(_ context: InteractionContext, _ services: PartyServices) async throws {
        let id = try await partyOnThisMessage(context, services)
        let actor = MemberID(context.userID.rawValue)
        let record = try await services.store.extend(id, by: actor, now: services.now()).get()
        let expiry = record.post.expiresAt.unixSeconds
        try await context.reply(.text("✅ Party extended by 1 hour. It now closes <t:\(expiry):R>."))
        await services.raidLog(record, "⏰ Party Extended — now closes <t:\(expiry):f>")
        await services.botLog("⏰ Party Extended", record, actor: actor)
    }

    /// The party the button names, refused when it is unknown, closed, or not the post it sits on.
    static func partyOnThisMessage(_ context: InteractionContext, _ services: PartyServices) async throws -> Int64 {
        let id = try PartyComponentIDs.partyID(context)
        guard let record = try await services.store.party(id), record.isOpen else { throw PartyRefusal.notOpen }
        if let source = context.sourceMessageID, let post = record.messageID, source.rawValue != post {
            throw BotKitError(.staleComponent, detail: "party \(id) button on message \(source)",
                              userMessage: "❌ This button does not belong to this party.")
        }
        return id
    }

    /// Whether the presser is a moderator or higher (a Discord Administrator counts), by the one hierarchy.
    static func isModerator(_ context: InteractionContext, _ services: PartyServices) async throws -> Bool {
        let mapping = try await GuildRoleStore(database: services.environment.database).roleMapping(guildID: services.guildID)
        return RoleHierarchy.authorize(context.standing, requires: .moderator, mapping: mapping).isGranted
    }
}
