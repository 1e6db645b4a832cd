/// What a close code (or a dropped connection) means for the session: the policy of discord-api.md §1.9.
enum GatewayCloseDisposition: Sendable, Hashable {
    /// Reconnect and RESUME: the session is still valid.
    case resume
    /// Reconnect and IDENTIFY: the session is gone.
    case newSession
    /// Do not reconnect.
    case stop(GatewayStopReason)

    /// Classifies a close; nil means no close frame (TCP drop, 1006), which resumes.
    init(closeCode: Int?) {
        guard let code = closeCode else {
            self = .resume
            return
        }
        if let reason = GatewayStopReason(closeCode: code) {
            self = .stop(reason)
            return
        }
        switch code {
        case 1000, 4003, 4005, 4007, 4009: self = .newSession
        default: self = .resume
        }
    }
}
