import BotKit
import DiscordModels
import DiscordREST
import FeatureKit
import RaidDomain

/// `/verify member ign` (§1.2, §7.5) with defect 25 fixed: the IGN rules, the target checks, the
/// conflict check and the role's reachability all pass before anything changes; then the role is
/// given (Discord's refusal stops here, nothing written), then the row with its audit and points
/// (a lost race takes the role back), then the nickname.
enum VerifyCommand {
    /// The declaration.
    static let declaration = CommandDeclaration(
        name: "verify", description: "Verify a member under their in-game name",
        options: [IdentityOptions.member("The member to verify"), IdentityOptions.ign("Their main IGN (1–16 characters)")],
        gate: .rank(.security), deferStyle: .publicReply,
        usage: "/verify member:<@member> ign:<name>", examples: ["/verify member:@Rin ign:RinTheWizard"])

    /// Runs `/verify`.
    static func handle(_ context: InteractionContext, _ services: IdentityServices) async throws {
        let userID = try IdentityOptions.user(context), ign = try IdentityOptions.ign(context)
        let mapping = try await services.roles()
        guard mapping[.verifiedRaider] != nil else { throw IdentityRefusal.roleNotConfigured(.verifiedRaider) }
        let target = try await IdentityTarget.resolve(userID, context, services)
        let role = try target.scene.manageableRole(.verifiedRaider, mapping: mapping)
        let departed = try await checkName(ign, for: userID, services)
        let hadRole = target.member.roles.contains(role)
        guard await services.verification.grant(role, to: userID, reason: "Verified") else {
            throw IdentityRefusal.actionFailed("give the Verified Raider role")
        }
        let nickname = NicknamePlan.nickname(main: ign, alt: nil, keepingPrefixOf: nil)
        let change = IdentityChange(target: userID.rawValue, actor: context.userID.rawValue,
                                    actorRoles: IdentityOptions.actorRoles(context), name: ign, nickname: nickname,
                                    now: services.now())
        let points: Points
        do {
            points = try await services.store.verify(change, freeing: departed)
        } catch {
            if !hadRole { await services.verification.revoke(role, from: userID) }
            throw error
        }
        let nicknameSet = await services.setNickname(nickname, of: userID, reason: "Verified as \(ign.value)")
        let embed = IdentityViews.verified(userID, ign: ign, by: context.userID, at: change.now,
                                           nicknameSet: nicknameSet, points: points)
        if points > .zero { services.environment.outbox.nudge() }
        try await context.reply(Reply(embeds: [embed]))
        await services.log(embed)
    }

    /// Refuses an IGN already verified or held by a member still in the server; a holder who left
    /// is returned, so the write frees their names (§7.5).
    static func checkName(_ ign: IGN, for userID: Snowflake, _ services: IdentityServices) async throws -> UInt64? {
        if try await services.store.record(userID.rawValue)?.isVerified == true { throw IdentityRefusal.alreadyVerified }
        switch try await services.verification.holder(of: ign, except: userID) {
        case .nobody: return nil
        case .departed(let holder): return holder.rawValue
        case .member(let holder): throw IdentityRefusal.ignInUse(holder)
        }
    }
}
