import DiscordModels

/// The bucket a use counts against: one user, one scope (command or button), one logical identifier.
/// Join and Leave of every run share `run:participation`, so a bucket is per user, not per message.
public struct RateLimitKey: Hashable, Sendable {
    /// Commands and buttons count separately.
    public enum Scope: String, Hashable, Sendable {
        /// A slash command.
        case command
        /// A button or other component.
        case button
    }

    /// The member.
    public let userID: Snowflake
    /// Command or button.
    public let scope: Scope
    /// The command name or the button's logical identifier.
    public let identifier: String

    /// Creates a key.
    public init(userID: Snowflake, scope: Scope, identifier: String) {
        self.userID = userID
        self.scope = scope
        self.identifier = identifier
    }
}

/// The limiter's decision.
public enum RateLimitDecision: Hashable, Sendable {
    /// Go ahead; the use was counted.
    case allowed
    /// Refused; the member may retry after `retryAfter`.
    case refused(retryAfter: Duration)

    /// The text shown for a refusal: the preset's line and whole seconds to wait (rounded up).
    public func message(for preset: RateLimitPreset) -> String? {
        guard case .refused(let retryAfter) = self else { return nil }
        let (seconds, attoseconds) = retryAfter.components
        let wait = max(1, seconds + (attoseconds > 0 ? 1 : 0))
        return "\(preset.message)\n*Please wait \(wait) second\(wait == 1 ? "" : "s") before trying again.*"
    }
}
