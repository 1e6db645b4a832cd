import BotKit

/// Why the target of a command is off limits (§6.1, §10.6); a cell of the permission matrix names
/// one of these.
public enum TargetRefusal: String, Error, Hashable, Sendable, CaseIterable {
    /// Members cannot aim the command at themselves.
    case isSelf = "self"
    /// The bot does not act on itself.
    case isThisBot = "this-bot"
    /// Bots are not targets of the command.
    case isBot = "bot"
    /// The actor does not outrank the target (a Discord Administrator target is never outranked).
    case notOutranked = "rank"
    /// The target's highest Discord role is not below the bot's (or the target owns the server).
    case aboveBot = "position"

    /// The command-log code.
    public var failureCode: BotErrorCode {
        self == .aboveBot ? .botMissingPermissions : .notAuthorized
    }

    /// The sentence shown to the member.
    public var userMessage: String {
        switch self {
        case .isSelf: "❌ You can't use this on yourself."
        case .isThisBot: "❌ I can't do that to myself."
        case .isBot: "❌ Bots can't be moderated with this command."
        case .notOutranked: "❌ You can only do that to members below your highest staff role."
        case .aboveBot: "❌ That member's highest role is not below mine, so I can't act on them."
        }
    }
}
