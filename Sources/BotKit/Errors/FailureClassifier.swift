import DiscordREST

/// Maps any thrown error to a code and the member-facing text (§10.1): one place, so every
/// handler's failures read the same way.
public enum FailureClassifier {
    /// The code and friendly message for `error`; details are left for the log.
    public static func classify(_ error: any Error) -> (code: BotErrorCode, message: String) {
        if let failure = error as? any UserFacingFailure {
            return (failure.failureCode, failure.userMessage)
        }
        if let error = error as? BotKitError {
            return (error.code, error.userMessage ?? error.code.friendlyMessage)
        }
        if let error = error as? RESTError {
            let code = code(for: error)
            return (code, code.friendlyMessage)
        }
        if error is CancellationError { return (.timeout, BotErrorCode.timeout.friendlyMessage) }
        return (.internalError, BotErrorCode.internalError.friendlyMessage)
    }

    /// The code for a Discord REST failure.
    static func code(for error: RESTError) -> BotErrorCode {
        switch error.kind {
        case .timeout: return .timeout
        case .rateLimited: return .discordError
        case .http(let status, let body):
            if body?.code == 50013 || status == 403 { return .botMissingPermissions }
            if status == 404 { return .notFound }
            return .discordError
        case .invalidRequest: return .validation
        default: return .discordError
        }
    }
}
