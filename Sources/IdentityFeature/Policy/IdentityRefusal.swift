import BotKit
import DiscordModels
import RaidDomain

/// Why an identity command was refused; renders itself for the member through the router. Every
/// refusal happens before anything is written (defect 25: no role, no nickname, no row).
enum IdentityRefusal: Error, Hashable, Sendable, UserFacingFailure {
    /// The IGN broke the rules (1–16 characters of letters, digits, space, `_`, `-`).
    case input(InputProblem)
    /// The member is not (or no longer) in the server.
    case targetNotInGuild
    /// Bots have no in-game name.
    case targetIsBot
    /// The target's highest staff rank is not below the actor's.
    case notOutranked
    /// The target's highest Discord role is not below the bot's, so their roles and nickname are out of reach.
    case aboveBot
    /// A role the command needs is not mapped (`/setroles`).
    case roleNotConfigured(GuildRole)
    /// The mapped role is gone from Discord or sits above the bot's highest role.
    case roleNotManageable(GuildRole)
    /// `/verify` of a member already verified.
    case alreadyVerified
    /// The member is not verified (`/unverify`, `/editname`, `/addalt`, `/removealt`).
    case notVerified
    /// Another member (still in the server) holds that IGN as main or alt.
    case ignInUse(Snowflake)
    /// The alt broke the alt rules.
    case alt(AltConflict)
    /// `/editname` to the member's own alt (remove the alt first).
    case mainIsOwnAlt
    /// `/removealt` of a member without an alt.
    case noAlt
    /// Discord refused the change itself; nothing was recorded.
    case actionFailed(String)
    /// Another `/forcesync` or `/syncteam` is still walking the member list.
    case syncRunning(String)

    /// The command-log code.
    var failureCode: BotErrorCode {
        switch self {
        case .input: .validation
        case .targetNotInGuild, .notVerified, .noAlt: .notFound
        case .targetIsBot, .notOutranked: .notAuthorized
        case .aboveBot, .roleNotManageable: .botMissingPermissions
        case .roleNotConfigured: .roleNotConfigured
        case .alreadyVerified, .ignInUse, .alt, .mainIsOwnAlt, .syncRunning: .conflict
        case .actionFailed: .discordError
        }
    }

    /// The sentence shown to the member.
    var userMessage: String {
        switch self {
        case .input(let problem): problem.reply
        case .targetNotInGuild: "❌ That member is not in this server."
        case .targetIsBot: "❌ Bots can't be verified."
        case .notOutranked: "❌ You can only do that to members below your highest staff role."
        case .aboveBot: "❌ That member's highest role is not below mine, so I can't change their roles or nickname."
        case .roleNotConfigured(let role):
            "❌ **Role Not Configured**: the \(role.displayName) role isn't set up yet. An administrator can map it with `/setroles`."
        case .roleNotManageable(let role):
            "❌ I can't manage the \(role.displayName) role: it no longer exists, or it sits above my highest role."
        case .alreadyVerified: "❌ That member is already verified. Use `/editname` to change their IGN."
        case .notVerified: "❌ That member is not verified."
        case .ignInUse(let holder): "❌ That IGN is already in use by <@\(holder)>."
        case .alt(let conflict): conflict.reply
        case .mainIsOwnAlt: "❌ That IGN is the member's alt. Remove the alt with `/removealt` first."
        case .noAlt: "❌ That member has no alt IGN."
        case .actionFailed(let what): "❌ Discord refused to \(what). Nothing was recorded."
        case .syncRunning(let command): "⏳ `/\(command)` is already running. Wait for it to finish."
        }
    }
}
