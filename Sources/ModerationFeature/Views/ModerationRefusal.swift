import BotKit
import FeatureKit
import RaidDomain

/// Why a moderation command was refused; renders itself for the member through the router. Every
/// refusal happens before anything is written.
enum ModerationRefusal: Error, Hashable, Sendable, UserFacingFailure {
    /// A duration, reason or note broke its rule.
    case input(InputProblem)
    /// A punishment id that is not 24 hex characters.
    case malformedID(String)
    /// No punishment or note with that id in this server.
    case recordNotFound(String)
    /// The punishment was already removed or has expired.
    case alreadyInactive(String)
    /// The target may not be acted on by this member.
    case target(TargetRefusal)
    /// The member is not (or no longer) in the server.
    case targetNotInGuild
    /// The role the action needs is not mapped (`/setroles`).
    case roleNotConfigured(GuildRole)
    /// The mapped role is gone from Discord or sits above the bot's highest role.
    case roleNotManageable(GuildRole)
    /// `/unsuspend` or `/unmute` of a member with nothing in force.
    case nothingToLift(kind: String)
    /// Discord refused the action itself; nothing was recorded.
    case actionFailed(String)
    /// The bot lacks a Discord permission the action needs (Kick, Ban, Manage Roles, Manage Messages).
    case botLacksPermission(String)
    /// `/unban` of a user who is not banned (Discord 10026).
    case notBanned
    /// `/unban` with something that is not a 17–19 digit user id.
    case invalidUserID(String)
    /// `/addrole` of a role the invoker does not hold a rank above.
    case roleAboveInvoker(GuildRole)

    /// The command-log code.
    var failureCode: BotErrorCode {
        switch self {
        case .input, .malformedID, .invalidUserID: .validation
        case .botLacksPermission: .botMissingPermissions
        case .notBanned: .notFound
        case .roleAboveInvoker: .notAuthorized
        case .recordNotFound, .targetNotInGuild, .nothingToLift: .notFound
        case .alreadyInactive: .conflict
        case .target(let refusal): refusal.failureCode
        case .roleNotConfigured: .roleNotConfigured
        case .roleNotManageable: .botMissingPermissions
        case .actionFailed: .discordError
        }
    }

    /// The sentence shown to the member.
    var userMessage: String {
        switch self {
        case .input(let problem): problem.reply
        case .malformedID(let text):
            "❌ `\(text.prefix(40))` is not a punishment or note id: ids are exactly 24 characters, 0-9 and a-f."
        case .recordNotFound(let id): "❌ No punishment or note with id `\(id)` exists in this server."
        case .alreadyInactive(let id): "❌ Punishment `\(id)` is no longer active (removed or expired)."
        case .target(let refusal): refusal.userMessage
        case .targetNotInGuild: "❌ That member is not in this server."
        case .roleNotConfigured(let role):
            "❌ **Role Not Configured**: the \(role.displayName) role isn't set up yet. An administrator can map it with `/setroles`."
        case .roleNotManageable(let role):
            "❌ I can't manage the \(role.displayName) role: it no longer exists, or it sits above my highest role."
        case .nothingToLift(let kind): "❌ That member has no active \(kind)."
        case .actionFailed(let what): "❌ Discord refused to \(what). Nothing was recorded."
        case .botLacksPermission(let name): "❌ I need the **\(name)** permission in this server to do that."
        case .notBanned: "❌ **User Not Banned**: that user is not banned from this server."
        case .invalidUserID(let text): "❌ `\(text.prefix(40))` is not a user id (17–19 digits)."
        case .roleAboveInvoker(let role):
            "❌ You can only give roles below your own: you need a rank above \(role.displayName)."
        }
    }
}
