import FeatureKit
import BotKit
import RaidDomain
import Storage

/// The post-run key-logging panel's state (§2.3, §3.5), persisted so a restart loses nothing
/// (defect 18): how many keys remain, who offered keys, and the lines logged so far.
struct KeyLoggingStore: Sendable {
    let database: Database
    let guildID: UInt64

    /// A panel as drawn: the session, the members to pick from and the log lines.
    struct Panel: Hashable, Sendable {
        let session: KeyLoggingSession
        let status: String
        let candidates: [Candidate]
        let lines: [String]
        var isOpen: Bool { status == "open" && !session.isComplete }
    }

    /// A member who offered a key on the run (either source), with the name Discord last gave us.
    struct Candidate: Hashable, Sendable {
        let member: MemberID
        let name: String
    }

    /// Opens the session for a run that just ended (nothing when one exists or the dungeon has no keys).
    func open(_ run: RunState, openedBy: MemberID, now: Timestamp) async throws {
        let total = run.dungeon.keyLoggingSlots(keyPops: run.keyPopCount)
        guard !run.dungeon.keyReactions.isEmpty else { return }
        try await database.write { connection in
            try connection.execute("""
                INSERT INTO key_logging_session (run_id, opened_by, total_keys, remaining_keys, created_at, updated_at)
                VALUES (?1, ?2, ?3, ?3, ?4, ?4) ON CONFLICT (run_id) DO NOTHING
                """, run.id.rawValue, openedBy.rawValue, min(total, 99), now.unixMilliseconds)
        }
    }

    /// The panel of `runID`, or nil when no session was opened.
    func panel(_ runID: RunID) async throws -> Panel? {
        let guildID = guildID
        return try await database.read { try Self.panel($0, runID: runID, guildID: guildID) }
    }

    /// Logs `count` keys for `member` in one transaction: the session's remaining keys, the
    /// ledger event (`key_pop:<ms>:<user>:<count>`, key-pop points per key), the member's key
    /// count and the log line. Refused when the session is closed or the count is not on offer.
    func log(_ runID: RunID, member: MemberID, username: String?, count: Int, by actor: MemberID,
             now: Timestamp) async throws -> Panel {
        let guildID = guildID
        return try await database.write { connection in
            guard let before = try Self.panel(connection, runID: runID, guildID: guildID), before.isOpen else {
                throw Self.closed
            }
            let after: KeyLoggingSession
            switch before.session.logging(count) {
            case .success(let next): after = next
            case .failure(let problem): throw BotKitError(.validation, detail: "key count refused", userMessage: problem.reply)
            }
            try FirstContact.ensureMember(connection, member, username: username, now: now)
            let ledger = PointsLedger(connection, guildID: guildID, now: now)
            guard let points = try ledger.logKeyPops(member, count: count, dungeon: before.session.dungeon.code) else {
                throw BotKitError(.conflict, detail: "key pop of \(member) at \(now.unixMilliseconds) exists",
                                  userMessage: "⚠️ That was just logged. Check the panel before logging again.")
            }
            try connection.execute(Self.insertEntry, runID.rawValue, member.rawValue, count, points.hundredths,
                                   actor.rawValue, now.unixMilliseconds)
            try connection.execute(Self.updateSession, runID.rawValue, after.remaining,
                                   after.isComplete ? "completed" : "open", now.unixMilliseconds)
            return try Self.panel(connection, runID: runID, guildID: guildID) ?? before
        }
    }

    /// Closes the session; remaining keys stay unlogged.
    func cancel(_ runID: RunID, now: Timestamp) async throws {
        try await database.write { connection in
            try connection.execute("""
                UPDATE key_logging_session SET status = 'cancelled', updated_at = ?2 WHERE run_id = ?1 AND status = 'open'
                """, runID.rawValue, now.unixMilliseconds)
        }
    }

    /// A member found by the name typed into "Someone else": an id or mention, else a username
    /// the bot has seen (case-insensitive, exact).
    func findMember(_ typed: String) async throws -> Candidate? {
        let trimmed = typed.trimmingSpaces()
        let isMention = trimmed.hasPrefix("<@") && trimmed.hasSuffix(">")
        let text = isMention ? String(trimmed.dropFirst(2).dropLast().filter { $0 != "!" }) : trimmed
        if let id = UInt64(text), id > 0 {
            let name = try await database.fetchValue("SELECT username FROM member WHERE id = ?1", id, as: String.self)
            return Candidate(member: MemberID(id), name: name ?? "User \(id)")
        }
        return try await database.read { connection in
            try connection.fetchOne("SELECT id, username FROM member WHERE username = ?1 COLLATE NOCASE LIMIT 1", text) {
                Candidate(member: MemberID(try $0.get(0, as: UInt64.self)), name: try $0.get(1, as: String.self))
            }
        }
    }

    static let closed = BotKitError(.alreadyTerminal, detail: "key logging closed",
                                    userMessage: "This key-logging panel is closed.")
}
