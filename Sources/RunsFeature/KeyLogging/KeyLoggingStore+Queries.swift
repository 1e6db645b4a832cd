import FeatureKit
import BotKit
import RaidDomain
import Storage

/// The SQL of the key-logging panel and the loading of one panel inside a transaction.
extension KeyLoggingStore {
    static func panel(_ connection: Connection, runID: RunID, guildID: UInt64) throws -> Panel? {
        guard let (dungeonCode, remaining, status) = try connection.fetchOne(selectSession, runID.rawValue, guildID, map: {
            (try $0.get(0, as: String.self), try $0.get(1, as: Int.self), try $0.get(2, as: String.self))
        }), let dungeon = Dungeon.named(DungeonCode(dungeonCode)) else { return nil }
        let candidates = try connection.fetchAll(selectCandidates, runID.rawValue) { row in
            let id = try row.get(0, as: UInt64.self)
            return Candidate(member: MemberID(id), name: try row.get(1, as: String?.self) ?? "User \(id)")
        }
        let lines = try connection.fetchAll(selectEntries, runID.rawValue) { row in
            let points = Points(hundredths: try row.get(2, as: Int64.self))
            return "<@\(try row.get(0, as: UInt64.self))>: \(try row.get(1, as: Int.self)) key(s) (+\(points) pts)"
        }
        return Panel(session: KeyLoggingSession(runID: runID, dungeon: dungeon, remaining: remaining), status: status,
                     candidates: candidates, lines: lines)
    }

    static let selectSession = """
        SELECT r.dungeon_key, s.remaining_keys, s.status FROM key_logging_session AS s JOIN run AS r ON r.id = s.run_id
        WHERE s.run_id = ?1 AND r.guild_id = ?2
        """
    /// Everyone who offered a key (either source), first offer first; a select holds 25.
    static let selectCandidates = """
        SELECT k.user_id, m.username FROM key_reaction AS k LEFT JOIN member AS m ON m.id = k.user_id
        WHERE k.run_id = ?1 GROUP BY k.user_id ORDER BY min(k.created_at), k.user_id LIMIT 25
        """
    static let selectEntries = """
        SELECT user_id, key_count, points_awarded FROM key_logging_entry WHERE run_id = ?1 ORDER BY seq
        """
    static let insertEntry = """
        INSERT INTO key_logging_entry (run_id, seq, user_id, key_count, points_awarded, logged_by, logged_at)
        VALUES (?1, (SELECT COALESCE(max(seq), 0) + 1 FROM key_logging_entry WHERE run_id = ?1), ?2, ?3, ?4, ?5, ?6)
        """
    static let updateSession = """
        UPDATE key_logging_session SET remaining_keys = ?2, status = ?3, updated_at = ?4 WHERE run_id = ?1
        """
}
