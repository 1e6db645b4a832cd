import DiscordModels

/// What a close code (or a dropped connection) means for the session: DiscordModels' `GatewayCloseCode.recovery`
/// (discord-api.md §1.9) with the stop reason typed for the operator.
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
        switch GatewayCloseCode(rawValue: code).recovery {
        case .resume:
            self = .resume
        case .identify:
            self = .newSession
        case .stop:
            // Every fatal code has a typed reason; an unnamed one would still be better resumed than ignored.
            self = GatewayStopReason(closeCode: code).map(Self.stop) ?? .resume
        }
    }
}
