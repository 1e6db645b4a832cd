import BotKit
import DiscordModels
import FeatureKit
import RaidDomain
import RealmEye

/// Done (§7.3): the session must wait for RealmEye; the profile is fetched and checked (code in the
/// description, then the guild's requirements). Passed → verification applied, session `verified`.
/// Requirements failed → a review ticket in `manual_verification` listing the reasons, session
/// `pending_review`. Anything else → a clear message, the session stays `pending_realmeye` for a retry.
enum DoneButton {
    /// Done.
    static func press(_ context: InteractionContext, _ services: VerificationServices) async throws {
        try RealmEyeButtons.ownButton(context)
        let userID = context.userID, guild = services.guildID
        guard let session = try await services.sessions.session(guild: guild, user: userID),
              session.status == .pendingRealmEye, session.isInProgress(now: services.now()),
              let ign = session.ign, let code = session.code else { throw VerificationRefusal.sessionGone }
        let requirements = try await services.config.config(guild: guild).requirements
        let outcome = try await services.realmEye.lookUp(ign)
        switch RealmEyeCheck.decide(outcome, ign: ign, code: code, requirements: requirements) {
        case .passed(let name): try await verify(context, ign: name, services)
        case .requirementsFailed(let name, let failures): try await review(context, ign: name, failures, services)
        case .codeMissing: throw VerificationRefusal.codeMissing
        case .notFound: throw VerificationRefusal.playerNotFound(ign)
        case .privateProfile: throw VerificationRefusal.privateProfile
        case .unavailable(blocked: false): throw VerificationRefusal.realmEyeUnavailable
        case .unavailable(blocked: true):
            if case .blocked(let status) = outcome { await RealmEyeBlockNotice.report(status: status, services) }
            throw VerificationRefusal.realmEyeBlocked
        }
    }

    private static func verify(_ context: InteractionContext, ign: String, _ services: VerificationServices) async throws {
        let userID = context.userID
        let applied = try await SelfVerification.apply(userID, username: context.interaction.invoker?.username,
                                                       ign: try IGN.checked(ign), services)
        _ = try await services.sessions.settle(guild: services.guildID, user: userID, as: .verified, now: services.now())
        await services.log(VerificationLogEvent(userID, tag: context.interaction.invoker?.username, "Verified as **\(ign)** (RealmEye)"))
        var embed = VerificationViews.verified(ign: ign, guildName: await services.guildName())
        if !applied.nicknameSet { embed.description = (embed.description ?? "") + "\n⚠️ I couldn't set your nickname; staff can." }
        try await context.reply(Reply(embeds: [embed]))
    }

    private static func review(_ context: InteractionContext, ign: String, _ failures: [RequirementFailure],
                               _ services: VerificationServices) async throws {
        let userID = context.userID
        guard let channel = try await GuildChannelStore(database: services.environment.database)
            .channel(.manualVerification, guildID: services.guildID) else { throw VerificationRefusal.reviewChannelNotConfigured }
        do {
            _ = try await services.rest.createMessage(channelID: channel, VerificationViews.reviewTicket(
                userID: userID, username: context.interaction.invoker?.username ?? "member", ign: ign,
                link: services.realmEye.profileURL(ign), failures: failures))
        } catch {
            services.logger.warning("verification review not posted", metadata: ["error": "\(error)"])
            throw VerificationRefusal.discordRefused("post your review to staff")
        }
        _ = try await services.sessions.settle(guild: services.guildID, user: userID, as: .pendingReview, now: services.now())
        await services.log(VerificationLogEvent(userID, tag: context.interaction.invoker?.username,
                                                "**\(ign)** sent to staff review: requirements not met"))
        try await context.reply(Reply(embeds: [VerificationViews.sentToReview(failures)]))
    }
}
