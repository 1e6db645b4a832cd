import BotKit
import DiscordModels
import DiscordREST
import FeatureKit

/// Approve and Deny on a custom-role ticket (§2.7), security and above, under one lock per session.
/// Approve grants the role first (checked against the hierarchy): if Discord refuses, nothing is
/// decided and the reviewer is told why. Only then is the decision written, with the ticket redraw and
/// the member's DM queued in the outbox. Deny asks for a reason in a modal.
enum CustomRoleReviewButtons {
    /// Approve.
    static func approve(_ context: InteractionContext, _ services: VerificationServices) async throws {
        let session = try await reviewable(context, services)
        guard let config = try await services.customRoles.config(session.configID) else { throw CustomRoleRefusal.panelGone }
        let access = try await BotAccess.read(services.rest, guildID: services.guildID)
        if let why = access.refusal(granting: config.roleID) { throw CustomRoleRefusal.grantFailed(why) }
        guard let member = try await services.rest.findMember(guildID: services.guildID, userID: session.userID) else {
            throw CustomRoleRefusal.grantFailed("the member is no longer in the server (Deny closes the request)")
        }
        let roleName = access.name(of: config.roleID) ?? "the role"
        do {
            try await services.rest.addMemberRole(guildID: services.guildID, userID: session.userID, roleID: config.roleID,
                                                  reason: "Custom role verification approved by \(context.userID)")
        } catch let error as RESTError {
            throw CustomRoleRefusal.grantFailed("Discord refused (\(error.kind))")
        }
        let log = VerificationLogEvent(session.userID, tag: member.user?.username,
                                       "[Custom Role] \(roleName) verification approved by <@\(context.userID)>; role granted")
        guard try await services.customSessions.review(session.id, as: .approved, reviewer: context.userID, reason: nil,
                                                       log: log, now: services.now()) else {
            throw CustomRoleRefusal.alreadyReviewed
        }
        services.environment.outbox.nudge()
        await context.audit(action: "customrole.approve", subject: "user:\(session.userID)",
                            metadataJSON: "{\"session\":\(session.id),\"role\":\"\(config.roleID)\"}")
        try await context.reply(.text("✅ Approved: <@\(session.userID)> now has **\(roleName)**."))
    }

    /// Deny: the reason modal, for a session still in review.
    static func denyModal(_ context: InteractionContext, _ services: VerificationServices) async throws -> Modal {
        let session = try await reviewable(context, services)
        return Modal(customID: CustomRoleIDs.wire(CustomRoleIDs.denyModal, session.id), title: "Deny Role Verification", components: [
            .label(Label("Reason (sent to the member)", component: .textInput(TextInput(
                customID: "reason", style: .paragraph, minLength: 1, maxLength: 500, required: true)))),
        ])
    }

    /// The Deny modal submitted.
    static func deny(_ context: InteractionContext, _ services: VerificationServices) async throws {
        let reason = String((context.modalValues["reason"] ?? "").trimmingSpaces().prefix(500))
        guard !reason.isEmpty else { throw CustomRoleRefusal.reasonMissing }
        let session = try await reviewable(context, services)
        let roleID = try await services.customRoles.config(session.configID)?.roleID ?? 0
        let roleName = await services.roleName(roleID)
        let log = VerificationLogEvent(session.userID, tag: await services.username(session.userID),
                                       "[Custom Role] \(roleName) verification denied by <@\(context.userID)>: \(reason)",
                                       isFailure: true)
        guard try await services.customSessions.review(session.id, as: .denied, reviewer: context.userID, reason: reason,
                                                       log: log, now: services.now()) else {
            throw CustomRoleRefusal.alreadyReviewed
        }
        services.environment.outbox.nudge()
        await context.audit(action: "customrole.deny", subject: "user:\(session.userID)", metadataJSON: "{\"session\":\(session.id)}")
        try await context.reply(.text("❌ Denied: <@\(session.userID)> was told the reason."))
    }

    /// The ticket's session, in review and before its deadline. One past it becomes `expired` and its
    /// ticket is marked; a decided one is refused.
    private static func reviewable(_ context: InteractionContext, _ services: VerificationServices) async throws -> CustomRoleSession {
        let now = services.now()
        guard let session = try await services.customSessions.session(try CustomRoleIDs.rowID(context)) else {
            throw CustomRoleRefusal.alreadyReviewed
        }
        if session.lapsedInReview(now: now) || (session.status == .expired && session.ticketShown != "expired") {
            try await services.customSessions.lapse(session.id, now: now)
            services.environment.outbox.nudge()
            throw CustomRoleRefusal.expired
        }
        if session.status == .expired { throw CustomRoleRefusal.expired }
        guard session.status == .pendingReview else { throw CustomRoleRefusal.alreadyReviewed }
        return session
    }
}
