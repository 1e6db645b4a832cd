/// Why an interaction failed, as the user may be told and as `command_log.error_code` records it (§10.2).
public enum BotErrorCode: String, Sendable, Hashable, CaseIterable {
    /// The member lacks the role a command or button requires.
    case notAuthorized = "NOT_AUTHORIZED"
    /// Only the run's organizer (or higher staff) may do this.
    case notOrganizer = "NOT_ORGANIZER"
    /// The role a gate needs is not mapped yet (`/setroles`).
    case roleNotConfigured = "ROLE_NOT_CONFIGURED"
    /// The input broke a rule (range, length, format).
    case validation = "VALIDATION_ERROR"
    /// The thing asked for does not exist.
    case notFound = "NOT_FOUND"
    /// The run was ended, cancelled or never existed.
    case runNotFound = "RUN_NOT_FOUND"
    /// The run cannot move to the asked status.
    case invalidStatusTransition = "INVALID_STATUS_TRANSITION"
    /// The run is already ended or cancelled.
    case alreadyTerminal = "ALREADY_TERMINAL"
    /// The run is locked or closed to new joins.
    case runClosed = "RUN_CLOSED"
    /// The action needs a live run.
    case runNotLive = "RUN_NOT_LIVE"
    /// The state changed underneath (duplicate, already done).
    case conflict = "CONFLICT"
    /// The IGN belongs to someone else.
    case ignAlreadyInUse = "IGN_ALREADY_IN_USE"
    /// Another member is already running this action (button lock, §10.5).
    case actionInProgress = "ACTION_IN_PROGRESS"
    /// The member is going too fast (§10.4).
    case rateLimited = "RATE_LIMITED"
    /// The button or modal is from an old or foreign message.
    case staleComponent = "STALE_COMPONENT"
    /// The custom_id did not decode.
    case malformedComponent = "MALFORMED_COMPONENT"
    /// The bot lacks a Discord permission (50013) or sits too low in the role list.
    case botMissingPermissions = "MISSING_PERMISSIONS"
    /// A request passed its deadline.
    case timeout = "TIMEOUT"
    /// Discord refused or failed a request.
    case discordError = "DISCORD_ERROR"
    /// The database failed.
    case databaseError = "DATABASE_ERROR"
    /// Anything unexpected: a bug.
    case internalError = "INTERNAL_ERROR"
}
