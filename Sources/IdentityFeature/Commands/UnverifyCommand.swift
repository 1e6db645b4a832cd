import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/unverify member [reason]` (§1.2, §7.8): the member's names are freed and their Verified Raider
/// role and nickname taken away. Only that role: punishments (Suspended, Muted) and staff roles are
/// not verification's to remove.
///
/// The rule against defect 27: unverifying never clears a modmail blacklist, and blacklisting
/// never unverifies. The raider row is kept (status `pending`, names NULL) so its
/// `modmail_blacklisted*` columns survive; `/modmailblacklist` only writes those columns.
enum UnverifyCommand {
    /// The declaration.
    static let declaration = CommandDeclaration(
        name: "unverify", description: "Remove a member from verification (frees their IGN)",
        options: [IdentityOptions.member("The member to unverify"), IdentityOptions.reason()],
        gate: .rank(.security), deferStyle: .publicReply,
        usage: "/unverify member:<@member> [reason]", examples: ["/unverify member:@Rin reason:Wrong account"])

    /// Runs `/unverify`.
    static func handle(_ context: InteractionContext, _ services: IdentityServices) async throws {
        let userID = try IdentityOptions.user(context), reason = try IdentityOptions.reason(context)
        guard let record = try await services.store.record(userID.rawValue), record.isVerified, let main = record.main else {
            throw IdentityRefusal.notVerified
        }
        let target = try await IdentityTarget.resolve(userID, context, services)
        let mapping = try await services.roles()
        var roleRemoved = true
        if let role = mapping[.verifiedRaider], target.member.roles.contains(role) {
            _ = try target.scene.manageableRole(.verifiedRaider, mapping: mapping)
            try await removeRole(role, from: userID, reason: reason, services)
        } else if mapping[.verifiedRaider] == nil {
            roleRemoved = false
        }
        let change = IdentityChange(target: userID.rawValue, actor: context.userID.rawValue, actorRoles: [],
                                    name: main, nickname: nil, now: services.now())
        let before = try await services.store.unverify(change, reason: reason)
        let cleared = await services.setNickname(nil, of: userID, reason: "Unverified: \(reason)")
        let embed = IdentityViews.unverified(userID, was: before, reason: reason, by: context.userID,
                                             roleRemoved: roleRemoved, nicknameCleared: cleared)
        try await context.reply(Reply(embeds: [embed]))
        await services.log(embed)
    }

    /// Takes the Verified Raider role; Discord's refusal stops the command before any write.
    private static func removeRole(_ role: Snowflake, from userID: Snowflake, reason: String,
                                   _ services: IdentityServices) async throws {
        do {
            try await services.rest.removeMemberRole(guildID: services.guildID, userID: userID, roleID: role,
                                                     reason: "Unverified: \(reason)")
        } catch {
            services.logger.warning("verified role not removed", metadata: ["user.id": "\(userID)", "error": "\(error)"])
            throw IdentityRefusal.actionFailed("remove the Verified Raider role")
        }
    }
}
