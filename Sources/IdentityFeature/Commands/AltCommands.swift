import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/addalt member ign` and `/removealt member` (§1.2, §6.5): one alt IGN per verified member, never
/// their own main nor anyone else's main or alt; the nickname follows `Main | Alt`, prefix kept.
enum AltCommands {
    /// `/addalt`.
    static let addAlt = CommandDeclaration(
        name: "addalt", description: "Add an alt IGN to a verified member",
        options: [IdentityOptions.member(), IdentityOptions.ign("The alt IGN (1–16 characters)")],
        gate: .rank(.security), deferStyle: .publicReply,
        usage: "/addalt member:<@member> ign:<name>", examples: ["/addalt member:@Rin ign:RinAlt"])

    /// `/removealt`.
    static let removeAlt = CommandDeclaration(
        name: "removealt", description: "Remove a verified member's alt IGN",
        options: [IdentityOptions.member()], gate: .rank(.security), deferStyle: .publicReply,
        usage: "/removealt member:<@member>", examples: ["/removealt member:@Rin"])

    /// Runs `/addalt` (with an IGN) or `/removealt` (without).
    static func handle(adding: Bool, _ context: InteractionContext, _ services: IdentityServices) async throws {
        let userID = try IdentityOptions.user(context)
        let alt = adding ? try IdentityOptions.ign(context) : nil
        guard let record = try await services.store.record(userID.rawValue), record.isVerified, let main = record.main else {
            throw IdentityRefusal.notVerified
        }
        try await precheck(alt, record: record, userID: userID, services)
        let target = try await IdentityTarget.resolve(userID, context, services)
        let nickname = NicknamePlan.nickname(main: main, alt: alt, keepingPrefixOf: target.member.nick)
        let change = IdentityChange(target: userID.rawValue, actor: context.userID.rawValue, actorRoles: [],
                                    name: main, nickname: nickname, now: services.now())
        try await services.store.setAlt(change, alt: alt)
        let nicknameSet = await services.setNickname(nickname, of: userID, reason: adding ? "Alt IGN added" : "Alt IGN removed")
        let embed = IdentityViews.alt(userID, main: main, alt: alt, removed: record.alt, by: context.userID,
                                      nicknameSet: nicknameSet)
        try await context.reply(Reply(embeds: [embed]))
        await services.log(embed)
    }

    /// The alt rules checked before Discord is asked anything (the store checks them again).
    private static func precheck(_ alt: IGN?, record: RaiderRecord, userID: Snowflake,
                                 _ services: IdentityServices) async throws {
        guard let alt else {
            if record.alt == nil { throw IdentityRefusal.noAlt }
            return
        }
        if alt == record.main { throw IdentityRefusal.alt(.sameAsOwnMain) }
        if let holder = try await services.store.holder(of: alt, except: userID.rawValue) {
            throw IdentityRefusal.alt(.inUse(by: MemberID(holder)))
        }
    }
}
