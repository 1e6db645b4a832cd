import FeatureKit

/// The SQL of the hot paths (console-features §4.2) for the plan tests and the storage benchmark.
/// Statements FeatureKit already runs (first contact, suspensions, the points ledger) are its own,
/// aliased here; the run statements stay with the Runs feature, whose tests check their plans; the
/// rest are the shapes of features still to come. Times are Unix ms, points hundredths.
///
/// Three statements pin their index with `INDEXED BY`. SQLite documents `INDEXED BY` as an
/// assertion: if the index is renamed or dropped, preparing the statement fails loudly instead of
/// the query silently falling back to a scan. Each pin is explained where it is used.
///
/// Partial indexes (`idx_punishment_active … WHERE active = 1`, `idx_key_pop_snapshot_run_keypop
/// … WHERE awarded_completion = 0`) match only when the query states the predicate with the same
/// literal. A bound `?` cannot prove it in a generic plan (SQLite 3.40 does re-plan a statement
/// once the bound value is known, but then re-prepares it whenever that value changes), so those
/// literals are part of the SQL, never parameters.
public enum HotQueries {
    // MARK: Runs

    /// The run's status and join lock, read at the start of a join/leave/key toggle. (run id)
    public static let runForParticipation = """
        SELECT status, join_locked, role_id FROM run WHERE id = ?1
        """

    /// Creates the member row on first contact; a no-op (no page written) when it exists.
    /// (user id, username, now)
    public static let ensureMember = FirstContact.ensureMemberSQL

    /// Creates the guild row on first contact. `DO NOTHING`, not `DO UPDATE`: rewriting the one
    /// guild row on every run creation serialised every creator on it in the incumbent. (guild id, name, now)
    public static let ensureGuild = FirstContact.ensureGuildSQL



    /// The guild's open and live runs, newest first (045 #1). Pinned: Debian's SQLite has no
    /// STAT4, so ANALYZE of a one-guild database records only "rows per (guild, status) = a third
    /// of the table", and the planner then prefers a full scan of `run` (measured 200× slower).
    /// Neither `status IN (…)` nor an `OR` form avoids it; the pin does. (guild id)
    public static let activeRuns = """
        SELECT id, organizer_id, dungeon_key, status, created_at, auto_end_minutes, role_id
        FROM run INDEXED BY idx_run_guild_status
        WHERE guild_id = ?1 AND status IN ('open', 'live')
        ORDER BY created_at DESC
        """

    /// The same query without the pin, kept only so a test can show the cliff on this build.
    public static let activeRunsUnpinned = """
        SELECT id, organizer_id, dungeon_key, status, created_at, auto_end_minutes, role_id
        FROM run WHERE guild_id = ?1 AND status IN ('open', 'live')
        ORDER BY created_at DESC
        """

    /// The organizer's open or live run: the one-activity rule and /taken (045 #3). (organizer, guild)
    public static let organizerActiveRun = """
        SELECT id, status, post_message_id, created_at FROM run
        WHERE organizer_id = ?1 AND guild_id = ?2 AND status IN ('open', 'live')
        ORDER BY created_at DESC LIMIT 1
        """

    /// A new run, open. (guild, organizer, dungeon key, dungeon label, channel, now, auto-end minutes)
    public static let insertRun = """
        INSERT INTO run (guild_id, organizer_id, dungeon_key, dungeon_label, channel_id, created_at, auto_end_minutes)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id
        """

    /// Key counts per key type, optionally only `run`-source offers (045 #4, covering). (run id)
    public static let keyCounts = """
        SELECT key_type, COUNT(*) FROM key_reaction WHERE run_id = ?1 GROUP BY key_type
        """

    // MARK: Key pops

    /// Step 1 of a key pop on a live run: bump the count and open the key window.
    /// Returns the new pop number, the organizer and the dungeon. (run id, window end)
    public static let bumpKeyPop = """
        UPDATE run SET key_pop_count = key_pop_count + 1, key_window_ends_at = ?2
        WHERE id = ?1 AND status = 'live'
        RETURNING key_pop_count, organizer_id, dungeon_key, guild_id
        """

    /// Step 2: credit the raiders of the previous snapshot once each (the idempotency index makes
    /// a repeat a no-op). Pinned to 045 #6: the key_pop_snapshot table is WITHOUT ROWID, so its
    /// primary key (run_id, key_pop_number, user_id) ties with the index and the planner would
    /// pick either; the partial index holds only snapshots still awaiting their award.
    /// (run id, pop number, raider points, now)
    public static let awardSnapshot = PointsLedgerQueries.creditSnapshot

    /// Step 3: mark that snapshot awarded (same pin as `awardSnapshot`). (run id, pop number, now)
    public static let markSnapshotAwarded = PointsLedgerQueries.markSnapshotCredited


    /// Step 5: the organizer's quota for pop n. (guild, organizer, subject, dungeon, quota points, role, now)
    public static let awardOrganizer = PointsLedgerQueries.creditOrganizer

    /// Raider completion points for a dungeon (no row: the default 1.00). (guild, dungeon)
    public static let raiderPoints = PointsLedgerQueries.raiderPoints

    // MARK: Quota

    /// A member's totals in both currencies (045 #5's job): /stats and the clamps, from the totals
    /// migration 0006 maintains. (guild, user)
    public static let quotaTotals = """
        SELECT COALESCE(SUM(points), 0), COALESCE(SUM(quota_points), 0) FROM quota_total_member
        WHERE guild_id = ?1 AND user_id = ?2
        """

    /// The points leaderboard over a period by a ledger scan, top 25: the incumbent's read, kept as
    /// the benchmark's baseline (QuotaFeature reads maintained totals instead).
    /// (guild, since inclusive, until exclusive)
    public static let pointsLeaderboard = """
        SELECT actor_user_id, SUM(points) AS total FROM quota_event
        WHERE guild_id = ?1 AND created_at >= ?2 AND created_at < ?3 AND points <> 0
        GROUP BY actor_user_id HAVING total > 0
        ORDER BY total DESC, actor_user_id LIMIT 25
        """

    // MARK: Moderation

    /// A member's active punishments (045 #7). `active = 1` must stay a literal (partial index);
    /// expiry is filtered here and applied by the expiry task, never swept on the read path.
    /// (guild, user, now)
    public static let activePunishments = """
        SELECT id, type, expires_at FROM punishment
        WHERE guild_id = ?1 AND user_id = ?2 AND active = 1
          AND (expires_at IS NULL OR expires_at > ?3)
        """

    /// Whether a member is suspended right now (the join check, defect 28). (guild, user, now)
    public static let isSuspended = Suspensions.isSuspendedSQL

    /// The same lookup with the flag bound, as the incumbent wrote it: it cannot use the partial
    /// index. Kept only for the test that proves it. (guild, user, active, now)
    public static let activePunishmentsBoundFlag = """
        SELECT id, type, expires_at FROM punishment
        WHERE guild_id = ?1 AND user_id = ?2 AND active = ?3
          AND (expires_at IS NULL OR expires_at > ?4)
        """

    /// The expiry task's work: active suspensions and mutes whose time is up. (now)
    public static let expiredPunishments = """
        SELECT id, guild_id, user_id, type FROM punishment
        WHERE active = 1 AND expires_at IS NOT NULL AND expires_at <= ?1
        """

    // MARK: Verification

    /// The session of a member in a guild, whole row (primary key). (guild, user)
    public static let verificationSession = """
        SELECT status, rotmg_ign, verification_code, expires_at, verification_method
        FROM verification_session WHERE guild_id = ?1 AND user_id = ?2
        """

    /// The session state check before each verification step (045 #8, covering). Pinned: the
    /// primary key (guild_id, user_id) ties with the index, and the index answers from its own
    /// pages without reading the row. (guild, user)
    public static let verificationStatus = """
        SELECT status FROM verification_session INDEXED BY idx_verification_session_guild_user_status
        WHERE guild_id = ?1 AND user_id = ?2
        """

    /// The DM flows' newest in-progress session of a user in any guild. (user, now)
    public static let verificationSessionForDM = """
        SELECT guild_id, status FROM verification_session
        WHERE user_id = ?1
          AND status IN ('pending_ign', 'pending_realmeye', 'pending_screenshot', 'pending_review')
          AND (status = 'pending_review' OR expires_at > ?2)
        ORDER BY created_at DESC LIMIT 1
        """

    // MARK: Scheduled tasks



    /// The expired-verification task: pending sessions past their hour. (now)
    public static let expireVerificationSessions = """
        UPDATE verification_session SET status = 'expired', updated_at = ?1
        WHERE expires_at < ?1 AND status IN ('pending_ign', 'pending_realmeye', 'pending_screenshot')
        """
}
