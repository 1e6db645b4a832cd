import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// Issuing a warning, suspension or mute to a resolved, permitted target: DM first, then the role
/// (checked synchronously, so a refusal leaves no row claiming it happened), then the row with its
/// audit and points in one transaction, then the answer and the punishment_log post.
enum IssuePunishment {
    /// Runs the shared steps for `kind`.
    static func run(_ kind: PunishmentKind, duration: DurationSpan?, reason: String, target: Target,
                    _ context: InteractionContext, _ services: ModerationServices) async throws {
        let options = ModerationOptions(context: context)
        var role: Snowflake?
        if let key = kind.role { role = try target.scene.manageableRole(key, mapping: try await services.roles()) }
        let now = services.now()
        let issue = PunishmentStore.Issue(id: PunishmentID.make(), kind: kind, target: MemberID(target.userID.rawValue), moderator: options.actor,
                                          moderatorName: context.interaction.invoker?.username, reason: reason,
                                          duration: duration, moderatorRoles: options.actorRoles, now: now)
        let current = try await services.store.inForce(kind, of: issue.target, now: now)
        let preview = PunishmentStore.newRecord(issue, guildID: services.guildID.rawValue, extending: kind == .warn ? nil : current)
        let dmSent = await services.directMessage(target.userID, PunishmentViews.directMessage(
            preview, guildName: target.scene.guild.name, extended: current != nil && kind != .warn))
        let hadRole = role.map { target.member.roles.contains($0) } ?? true
        if let role { try await grant(role, kind: kind, to: target, reason: reason, services) }
        let issued: PunishmentStore.Issued
        do {
            issued = try await services.store.issue(issue)
        } catch {
            if let role, !hadRole { await revokeAfterFailedWrite(role, from: target, services) }
            throw error
        }
        if issued.points.map({ $0 > .zero }) ?? false { services.environment.outbox.nudge() } // the quota panel redraw
        let embed = PunishmentViews.issued(issued.record, extended: issued.replaced != nil, dmSent: dmSent,
                                           points: issued.points)
        try await context.reply(Reply(embeds: [embed]))
        await services.punishmentLog(embed)
    }

    /// Gives the punishment's role now; Discord's refusal stops the command before any write.
    static func grant(_ role: Snowflake, kind: PunishmentKind, to target: Target, reason: String,
                      _ services: ModerationServices) async throws {
        do {
            try await services.rest.addMemberRole(guildID: services.guildID, userID: target.userID, roleID: role,
                                                  reason: "\(kind.noun): \(reason)")
        } catch let error as RESTError {
            services.logger.warning("punishment role not granted", metadata: ["error": "\(error)"])
            throw ModerationRefusal.actionFailed("give the \(kind.role?.displayName ?? "") role")
        }
    }

    /// Takes back a role granted for a punishment whose row could not be written, so Discord does
    /// not show a punishment the database never recorded.
    static func revokeAfterFailedWrite(_ role: Snowflake, from target: Target, _ services: ModerationServices) async {
        do {
            try await services.rest.removeMemberRole(guildID: services.guildID, userID: target.userID, roleID: role,
                                                     reason: "Punishment not recorded")
        } catch {
            services.logger.error("role left on a member whose punishment was not recorded",
                                  metadata: ["user.id": "\(target.userID)", "error": "\(error)"])
        }
    }
}
