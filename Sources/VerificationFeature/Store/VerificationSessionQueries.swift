/// The SQL of verification sessions (schema/0001: `verification_session`, `custom_role_verification_session`).
enum VerificationSessionQueries {
    /// Starts or restarts the member's session at `pending_ign` (§7.1). (guild, user, now, expires)
    static let start = """
        INSERT INTO verification_session (guild_id, user_id, status, created_at, updated_at, expires_at)
        VALUES (?1, ?2, 'pending_ign', ?3, ?3, ?4)
        ON CONFLICT (guild_id, user_id) DO UPDATE SET status = 'pending_ign', rotmg_ign = NULL,
            verification_code = NULL, verification_method = 'realmeye', screenshot_url = NULL,
            ticket_message_id = NULL, reviewed_by_user_id = NULL, reviewed_at = NULL, denial_reason = NULL,
            created_at = excluded.created_at, updated_at = excluded.updated_at, expires_at = excluded.expires_at
        """
    /// The IGN is given: wait for the code on RealmEye. (guild, user, ign, code, now)
    static let awaitRealmEye = """
        UPDATE verification_session SET status = 'pending_realmeye', rotmg_ign = ?3, verification_code = ?4,
            updated_at = ?5
        WHERE guild_id = ?1 AND user_id = ?2 AND status IN ('pending_ign', 'pending_realmeye') AND expires_at > ?5
        """
    /// The manual method's IGN is given: wait for the screenshot. (guild, user, ign, now)
    static let awaitScreenshot = """
        UPDATE verification_session SET status = 'pending_screenshot', verification_method = 'manual', rotmg_ign = ?3,
            verification_code = NULL, updated_at = ?4
        WHERE guild_id = ?1 AND user_id = ?2 AND status = 'pending_ign' AND expires_at > ?4
        """
    /// The screenshot is in and the ticket posted: in review for 7 days. (guild, user, screenshot, ticket, now, expires)
    static let submitScreenshot = """
        UPDATE verification_session SET status = 'pending_review', screenshot_url = ?3, ticket_message_id = ?4,
            updated_at = ?5, expires_at = ?6
        WHERE guild_id = ?1 AND user_id = ?2 AND status = 'pending_screenshot'
        """
    /// Another member holding `ign` as main or alt (the manual method's conflict check). (guild, ign, user)
    static let holder = "SELECT user_id FROM raider WHERE guild_id = ?1 AND (ign = ?2 OR alt_ign = ?2) AND user_id <> ?3 LIMIT 1"
    /// Moves an in-progress session to a final or review status. (guild, user, status, now, expires)
    static let settle = """
        UPDATE verification_session SET status = ?3, updated_at = ?4, expires_at = ?5
        WHERE guild_id = ?1 AND user_id = ?2 AND status IN ('pending_ign', 'pending_realmeye', 'pending_screenshot')
        """
    /// A reviewer's decision on a session in review. (guild, user, status, reviewer, reason, now)
    static let review = """
        UPDATE verification_session SET status = ?3, reviewed_by_user_id = ?4, reviewed_at = ?6, denial_reason = ?5,
            updated_at = ?6
        WHERE guild_id = ?1 AND user_id = ?2 AND status = 'pending_review'
        """
    /// (guild, user)
    static let session = """
        SELECT status, rotmg_ign, verification_code, expires_at FROM verification_session
        WHERE guild_id = ?1 AND user_id = ?2
        """
    /// In-progress RealmEye and manual sessions past their deadline (pending_review is exempt). (now)
    static let expireSessions = """
        UPDATE verification_session SET status = 'expired', updated_at = ?1
        WHERE status IN ('pending_ign', 'pending_realmeye', 'pending_screenshot') AND expires_at < ?1
        """
    /// Custom-role sessions with a ticket about to expire (their tickets are marked). (now)
    static let expiringCustomRoleTickets = """
        SELECT id FROM custom_role_verification_session
        WHERE status IN ('pending_screenshot', 'pending_review') AND expires_at < ?1 AND ticket_message_id IS NOT NULL
        """
    /// Custom-role sessions past their deadline, review included (the incumbent never expired them,
    /// defect 26). (now)
    static let expireCustomRoleSessions = """
        UPDATE custom_role_verification_session SET status = 'expired', updated_at = ?1
        WHERE status IN ('pending_screenshot', 'pending_review') AND expires_at < ?1
        """
}
