import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/editname member ign` (§1.2, §7.8): a verified member's main IGN replaced, after the IGN rules,
/// the target checks and the conflict check; the nickname keeps its leading symbols and the alt.
/// Gated Security+ through `RoleHierarchy` like every identity command (the incumbent's extra
/// exact-role check is defect 10's kind and is not reproduced).
enum EditNameCommand {
    /// The declaration.
    static let declaration = CommandDeclaration(
        name: "editname", description: "Change a verified member's main IGN",
        options: [IdentityOptions.member(), IdentityOptions.ign("Their new main IGN (1–16 characters)")],
        gate: .rank(.security), deferStyle: .publicReply,
        usage: "/editname member:<@member> ign:<name>", examples: ["/editname member:@Rin ign:RinReborn"])

    /// Runs `/editname`.
    static func handle(_ context: InteractionContext, _ services: IdentityServices) async throws {
        let userID = try IdentityOptions.user(context), ign = try IdentityOptions.ign(context)
        guard let record = try await services.store.record(userID.rawValue), record.isVerified else {
            throw IdentityRefusal.notVerified
        }
        if record.alt == ign { throw IdentityRefusal.mainIsOwnAlt }
        if let holder = try await services.store.holder(of: ign, except: userID.rawValue) {
            throw IdentityRefusal.ignInUse(Snowflake(holder))
        }
        let target = try await IdentityTarget.resolve(userID, context, services)
        let nickname = NicknamePlan.nickname(main: ign, alt: record.alt, keepingPrefixOf: target.member.nick)
        let change = IdentityChange(target: userID.rawValue, actor: context.userID.rawValue,
                                    actorRoles: IdentityOptions.actorRoles(context), name: ign, nickname: nickname,
                                    now: services.now())
        let points = try await services.store.editMain(change)
        let nicknameSet = await services.setNickname(nickname, of: userID, reason: "IGN changed to \(ign.value)")
        if points > .zero { services.environment.outbox.nudge() }
        let embed = IdentityViews.renamed(userID, from: record.main, to: ign, by: context.userID,
                                          nicknameSet: nicknameSet, points: points)
        try await context.reply(Reply(embeds: [embed]))
        await services.log(embed)
    }
}
