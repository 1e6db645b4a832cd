/// Why an interaction failed, as the member is told and as `command_log.error_code` records it
/// (§10.2). Extensible: BotKit declares the codes of its own mechanism, each feature adds its own
/// in an extension, with the friendly sentence beside the code so the two never drift apart.
public struct BotErrorCode: Hashable, Sendable, CustomStringConvertible {
    /// The code as stored in `command_log.error_code`, e.g. `RUN_NOT_FOUND`.
    public let rawValue: String
    /// A short, actionable sentence safe to show anyone: never ids, SQL, routes or tokens.
    public let friendlyMessage: String

    /// Declares a code with its friendly message.
    public init(_ rawValue: String, friendlyMessage: String) {
        precondition(!rawValue.isEmpty && !friendlyMessage.isEmpty, "an error code needs a name and a message")
        self.rawValue = rawValue
        self.friendlyMessage = friendlyMessage
    }

    /// Codes are equal when their names are.
    public static func == (lhs: BotErrorCode, rhs: BotErrorCode) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The code's name.
    public var description: String { rawValue }
}

extension BotErrorCode {
    /// The member lacks the role a command or button requires.
    public static let notAuthorized = BotErrorCode("NOT_AUTHORIZED", friendlyMessage: "❌ You don't have permission to do that.")
    /// The role a gate needs is not mapped yet (`/setroles`).
    public static let roleNotConfigured = BotErrorCode(
        "ROLE_NOT_CONFIGURED", friendlyMessage: "❌ **Role Not Configured**: an administrator needs to map it with `/setroles`.")
    /// The input broke a rule (range, length, format).
    public static let validation = BotErrorCode("VALIDATION_ERROR", friendlyMessage: "❌ That input isn't valid.")
    /// The thing asked for does not exist.
    public static let notFound = BotErrorCode("NOT_FOUND", friendlyMessage: "❌ That was not found. It may have been removed.")
    /// The state changed underneath (duplicate, already done).
    public static let conflict = BotErrorCode(
        "CONFLICT", friendlyMessage: "❌ That already happened or changed in the meantime. Please try again.")
    /// Another member is already running this action (button lock, §10.5).
    public static let actionInProgress = BotErrorCode("ACTION_IN_PROGRESS", friendlyMessage:
        "⏳ **Action In Progress**: another user is currently processing this action. Please wait a moment and try again.")
    /// The member is going too fast (§10.4).
    public static let rateLimited = BotErrorCode("RATE_LIMITED", friendlyMessage: "⏳ You're doing that too fast.")
    /// The button or modal is from an old or foreign message.
    public static let staleComponent = BotErrorCode(
        "STALE_COMPONENT", friendlyMessage: "⌛ This button is no longer active. Use the latest panel or run the command again.")
    /// The custom_id did not decode.
    public static let malformedComponent = BotErrorCode(
        "MALFORMED_COMPONENT", friendlyMessage: "❌ This button isn't valid. Use the latest panel or run the command again.")
    /// The bot lacks a Discord permission (50013) or sits too low in the role list.
    public static let botMissingPermissions = BotErrorCode(
        "MISSING_PERMISSIONS", friendlyMessage: "❌ I'm missing Discord permissions (or my role is too low) to do that.")
    /// A request passed its deadline.
    public static let timeout = BotErrorCode("TIMEOUT", friendlyMessage: "⏱️ The operation timed out. Please try again.")
    /// Discord refused or failed a request.
    public static let discordError = BotErrorCode(
        "DISCORD_ERROR", friendlyMessage: "❌ Discord refused the request. Please try again.")
    /// The database failed.
    public static let databaseError = BotErrorCode(
        "DATABASE_ERROR", friendlyMessage: "❌ A server error occurred. Please try again shortly.")
    /// Anything unexpected: a bug.
    public static let internalError = BotErrorCode(
        "INTERNAL_ERROR", friendlyMessage: "❌ Something went wrong. Please try again or contact an admin.")

    /// BotKit's own codes, for tests that check every message.
    public static let mechanism: [BotErrorCode] = [
        .notAuthorized, .roleNotConfigured, .validation, .notFound, .conflict, .actionInProgress, .rateLimited,
        .staleComponent, .malformedComponent, .botMissingPermissions, .timeout, .discordError, .databaseError,
        .internalError,
    ]
}
