import DiscordGateway
import Logging
import Storage

/// Keeps the gateway session in the `gateway_session` row, so a restarted bot resumes instead of
/// identifying again. The saved sequence never passes the dispatch watermark, so the restarted bot
/// is re-sent whatever this one had not finished. A failed save is logged, never fatal: the worst
/// case is a fresh IDENTIFY.
struct SQLiteGatewaySessionStore: GatewaySessionStore {
    let database: Database
    let watermark: DispatchWatermark
    let now: @Sendable () -> Int64
    let logger: Logger

    func load() async -> GatewaySession? {
        do {
            return try await database.read { connection in
                try connection.fetchOne(
                    "SELECT session_id, sequence, resume_gateway_url FROM gateway_session WHERE id = 1"
                ) { row in
                    GatewaySession(sessionID: try row.get(0), sequence: try row.get(1),
                                   resumeURL: try row.get(2))
                }
            }
        } catch {
            logger.warning("could not load the gateway session; identifying anew", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// The session with its sequence held at the watermark.
    private func clamped(_ session: GatewaySession) -> GatewaySession {
        var session = session
        if let safe = watermark.safeSequence, let sequence = session.sequence, safe < sequence { session.sequence = safe }
        return session
    }

    func save(_ session: GatewaySession?) async {
        let updatedAt = now()
        let session = session.map(clamped)
        do {
            try await database.write { connection in
                guard let session, let resumeURL = session.resumeURL else {
                    _ = try connection.execute("DELETE FROM gateway_session", arguments: [])
                    return
                }
                _ = try connection.execute("""
                    INSERT INTO gateway_session (id, session_id, sequence, resume_gateway_url, updated_at)
                    VALUES (1, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET session_id = excluded.session_id, sequence = excluded.sequence,
                        resume_gateway_url = excluded.resume_gateway_url, updated_at = excluded.updated_at
                    """, session.sessionID, session.sequence, resumeURL, updatedAt)
            }
        } catch {
            logger.warning("could not save the gateway session", metadata: ["error": "\(error)"])
        }
    }
}
