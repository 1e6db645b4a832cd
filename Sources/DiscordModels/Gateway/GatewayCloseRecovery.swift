/// The three ways a client recovers from a closed gateway connection.
public enum GatewayCloseRecovery: Hashable, Sendable {
    /// Reconnect to the resume URL and send Resume.
    case resume
    /// Reconnect to the gateway URL and Identify (new session).
    case identify
    /// Do not reconnect: the configuration or token must be fixed.
    case stop
}
