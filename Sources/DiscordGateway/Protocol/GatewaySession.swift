/// A resumable gateway session: what a restarted bot needs to RESUME instead of identifying again.
public struct GatewaySession: Sendable, Hashable, Codable {
    /// The `session_id` from READY; the key Discord resumes by.
    public var sessionID: String
    /// The last sequence number seen; Discord replays every dispatch after it.
    public var sequence: Int?
    /// READY's `resume_gateway_url` (without query); nil falls back to the `/gateway/bot` URL.
    public var resumeURL: String?

    /// Creates a session record, e.g. when loading it from the database.
    public init(sessionID: String, sequence: Int?, resumeURL: String?) {
        self.sessionID = sessionID
        self.sequence = sequence
        self.resumeURL = resumeURL
    }
}

/// Where the executable keeps the session (SQLite in production), so the gateway never imports Storage.
///
/// `save` is called on READY/RESUMED, on a heartbeat when the sequence moved, when a connection closes and on
/// shutdown (at most about once per heartbeat interval), and with nil when Discord invalidated the session.
public protocol GatewaySessionStore: Sendable {
    /// The session saved by the previous run, if any.
    func load() async -> GatewaySession?
    /// Saves the current session; nil forgets it (the next start identifies).
    func save(_ session: GatewaySession?) async
}
