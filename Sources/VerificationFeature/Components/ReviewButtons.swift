import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// Approve and Deny on a review ticket (§7.5), security and above: Approve opens a modal confirming
/// the IGN, then applies verification; Deny opens a modal for the reason. Each decides only a
/// session still in review, under one lock per member, so a double press decides once.
enum ReviewButtons {
    /// Approve: the modal, prefilled with the IGN the member proved.
    static func approveModal(_ context: InteractionContext, _ services: VerificationServices) async throws -> Modal {
        let userID = try member(context)
        let ign = try await services.sessions.session(guild: services.guildID, user: userID)?.ign ?? ""
        return Modal(customID: VerificationIDs.approveModal.wire([userID.description]), title: "Approve Verification", components: [
            .label(Label("IGN (becomes the nickname)", component: .textInput(TextInput(
                customID: "ign", style: .short, minLength: 1, maxLength: IGN.maximumLength, required: true,
                value: ign.isEmpty ? nil : ign)))),
        ])
    }

    /// Deny: the reason modal.
    static func denyModal(_ context: InteractionContext, _ services: VerificationServices) async throws -> Modal {
        let userID = try member(context)
        return Modal(customID: VerificationIDs.denyModal.wire([userID.description]), title: "Deny Verification", components: [
            .label(Label("Reason (sent to the member)", component: .textInput(TextInput(
                customID: "reason", style: .paragraph, minLength: 1, maxLength: 500, required: true)))),
        ])
    }

    /// The Approve modal submitted: verify with the confirmed IGN, then decide the session.
    static func approve(_ context: InteractionContext, _ services: VerificationServices) async throws {
        let userID = try member(context), guild = services.guildID
        guard try await services.sessions.session(guild: guild, user: userID)?.status == .pendingReview else {
            throw VerificationRefusal.alreadyReviewed
        }
        let ign = try IGN.checked(context.modalValues["ign"] ?? "")
        let reviewer = SelfVerification.Reviewer(id: context.userID, roles: context.standing.quotaRoles)
        let applied = try await SelfVerification.apply(userID, username: nil, ign: ign, reviewer: reviewer, services)
        guard try await services.sessions.review(guild: guild, user: userID, as: .verified, reviewer: context.userID,
                                                 reason: nil, now: services.now()) else { throw VerificationRefusal.alreadyReviewed }
        await services.log(VerificationLogEvent(userID, tag: applied.username, "Verification approved by <@\(context.userID)> as **\(ign.value)**"))
        _ = try? await services.directMessage(userID, MessageCreate(embeds: [VerificationViews.verified(
            ign: ign.value, guildName: await services.guildName())]))
        try await context.reply(Reply(embeds: [VerificationViews.approved(userID: userID, ign: ign.value,
                                                                          reviewer: context.userID, nicknameSet: applied.nicknameSet)]))
    }

    /// The Deny modal submitted: the session is denied with the reason, the member told.
    static func deny(_ context: InteractionContext, _ services: VerificationServices) async throws {
        let userID = try member(context)
        let reason = (context.modalValues["reason"] ?? "").trimmingSpaces()
        guard !reason.isEmpty else { throw VerificationRefusal.invalidIGN(InputProblem.textMissing(field: "Reason").reply) }
        guard try await services.sessions.review(guild: services.guildID, user: userID, as: .denied, reviewer: context.userID,
                                                 reason: reason, now: services.now()) else { throw VerificationRefusal.alreadyReviewed }
        await context.audit(action: "verification.deny", subject: "user:\(userID)")
        await services.log(VerificationLogEvent(userID, tag: await services.username(userID),
                                                "Verification denied by <@\(context.userID)>: \(reason)", isFailure: true))
        _ = try? await services.directMessage(userID, MessageCreate(embeds: [VerificationViews.denied(reason: reason)]))
        try await context.reply(Reply(embeds: [VerificationViews.deniedTicket(userID: userID, reason: reason, reviewer: context.userID)]))
    }

    /// The member the ticket is about.
    private static func member(_ context: InteractionContext) throws -> Snowflake {
        guard let id = context.customID else { throw BotKitError(.malformedComponent, detail: "review without id") }
        return try id.snowflake(0)
    }
}
