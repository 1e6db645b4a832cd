/// The friendly text a member sees for each code; details stay in the log (§10.1).
extension BotErrorCode {
    /// A short, actionable sentence safe to show anyone: never ids, SQL, routes or tokens.
    public var friendlyMessage: String {
        switch self {
        case .notAuthorized: "❌ You don't have permission to do that."
        case .notOrganizer: "❌ Only the run's organizer (or higher staff) can do that."
        case .roleNotConfigured: "❌ **Role Not Configured**: an administrator needs to map it with `/setroles`."
        case .validation: "❌ That input isn't valid."
        case .notFound: "❌ That was not found. It may have been removed."
        case .runNotFound: "❌ This run no longer exists or has been cancelled."
        case .invalidStatusTransition: "❌ The run can't change to that status now."
        case .alreadyTerminal: "❌ This run has already ended."
        case .runClosed: "🔒 This run is closed to new joins."
        case .runNotLive: "❌ The run has to be live for that."
        case .conflict: "❌ That already happened or changed in the meantime. Please try again."
        case .ignAlreadyInUse: "❌ That IGN is already in use by another member."
        case .actionInProgress:
            "⏳ **Action In Progress**: another user is currently processing this action. Please wait a moment and try again."
        case .rateLimited: "⏳ You're doing that too fast."
        case .staleComponent: "⌛ This button is no longer active. Use the latest panel or run the command again."
        case .malformedComponent: "❌ This button isn't valid. Use the latest panel or run the command again."
        case .botMissingPermissions: "❌ I'm missing Discord permissions (or my role is too low) to do that."
        case .timeout: "⏱️ The operation timed out. Please try again."
        case .discordError: "❌ Discord refused the request. Please try again."
        case .databaseError: "❌ A server error occurred. Please try again shortly."
        case .internalError: "❌ Something went wrong. Please try again or contact an admin."
        }
    }
}
