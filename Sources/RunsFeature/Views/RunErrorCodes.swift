import BotKit

/// The run feature's error codes (§10.2), as the command log records them.
extension BotErrorCode {
    /// Only the run's organizer (or higher staff) may do this.
    public static let notOrganizer = BotErrorCode(
        "NOT_ORGANIZER", friendlyMessage: "❌ Only the run's organizer (or higher staff) can do that.")
    /// The run was ended, cancelled or never existed.
    public static let runNotFound = BotErrorCode(
        "RUN_NOT_FOUND", friendlyMessage: "❌ This run no longer exists or has been cancelled.")
    /// The run cannot move to the asked status.
    public static let invalidStatusTransition = BotErrorCode(
        "INVALID_STATUS_TRANSITION", friendlyMessage: "❌ The run can't change to that status now.")
    /// The run is already ended or cancelled.
    public static let alreadyTerminal = BotErrorCode("ALREADY_TERMINAL", friendlyMessage: "❌ This run has already ended.")
    /// The run is locked or closed to new joins.
    public static let runClosed = BotErrorCode("RUN_CLOSED", friendlyMessage: "🔒 This run is closed to new joins.")
    /// The action needs a live run.
    public static let runNotLive = BotErrorCode("RUN_NOT_LIVE", friendlyMessage: "❌ The run has to be live for that.")

    /// Every code the run feature adds.
    public static let runs: [BotErrorCode] = [
        .notOrganizer, .runNotFound, .invalidStatusTransition, .alreadyTerminal, .runClosed, .runNotLive,
    ]
}
