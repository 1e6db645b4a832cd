@testable import BotKit

/// Feature policy the router tests declare for themselves, as a feature would: BotKit itself names
/// no feature's locks, codes or limits.
extension ButtonLockKey {
    static func runLifecycle(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:lifecycle:\(runID)") }
    static func runKeyPop(_ runID: Int64) -> ButtonLockKey { ButtonLockKey("run:keypop:\(runID)") }
}

extension BotErrorCode {
    static let runClosed = BotErrorCode("RUN_CLOSED", friendlyMessage: "🔒 This run is closed to new joins.")
    static let alreadyTerminal = BotErrorCode("ALREADY_TERMINAL", friendlyMessage: "❌ This run has already ended.")
}

extension RateLimit {
    /// Join and leave: 3 per 10 s, one bucket for every run.
    static let participation = RateLimit("run:participation", RateLimitPreset(
        name: "BUTTON_RUN_PARTICIPATION", maximum: 3, window: .seconds(10),
        message: "⏳ You're joining and leaving too quickly."))
}

extension RateLimitPreset {
    /// Key popped: 1 per 20 s.
    static let buttonKeyPopped = RateLimitPreset(name: "BUTTON_KEY_POPPED", maximum: 1, window: .seconds(20),
                                                 message: "⏳ A key was just popped.")
}
