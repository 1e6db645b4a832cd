/// The SQL of custom-role verification (schema/0001 tables 24–25, schema/0009 stamps).
enum CustomRoleQueries {
    /// The configuration columns, in `CustomRoleConfigStore.config`'s order.
    static let configColumns = """
        id, role_id, role_channel_id, verification_channel_id, instructions, role_description, example_image_url,
        panel_message_id
        """
    /// (id)
    static let config = "SELECT \(configColumns) FROM custom_role_verification WHERE id = ?1"
    /// (guild, role)
    static let configByRole = "SELECT \(configColumns) FROM custom_role_verification WHERE guild_id = ?1 AND role_id = ?2"
    /// Creates or replaces the (guild, role) configuration; the panel is posted afresh.
    /// (guild, role, role channel, verification channel, instructions, description, image, actor, now)
    static let upsertConfig = """
        INSERT INTO custom_role_verification (guild_id, role_id, role_channel_id, verification_channel_id, instructions,
            role_description, example_image_url, panel_message_id, created_by_user_id, created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?9)
        ON CONFLICT (guild_id, role_id) DO UPDATE SET role_channel_id = excluded.role_channel_id,
            verification_channel_id = excluded.verification_channel_id, instructions = excluded.instructions,
            role_description = excluded.role_description, example_image_url = excluded.example_image_url,
            panel_message_id = NULL
        RETURNING id
        """
    /// (id, message)
    static let setPanel = "UPDATE custom_role_verification SET panel_message_id = ?2 WHERE id = ?1"

    /// The session columns, in `CustomRoleSessionStore.session`'s order.
    static let sessionColumns = """
        id, role_verification_id, user_id, status, screenshot_url, ticket_message_id, reviewed_by_user_id, denial_reason,
        expires_at, ticket_shown_status, member_told_status
        """
    /// (id)
    static let session = "SELECT \(sessionColumns) FROM custom_role_verification_session WHERE id = ?1"
    /// (guild, user, config)
    static let sessionOfRole = """
        SELECT \(sessionColumns) FROM custom_role_verification_session
        WHERE guild_id = ?1 AND user_id = ?2 AND role_verification_id = ?3
        """
    /// The member's running sessions of other roles. (guild, user, config, now)
    static let otherActive = """
        SELECT count(*) FROM custom_role_verification_session
        WHERE guild_id = ?1 AND user_id = ?2 AND role_verification_id <> ?3
          AND status IN ('pending_screenshot', 'pending_review') AND expires_at > ?4
        """
    /// Starts or restarts the member's session of one role at `pending_screenshot`.
    /// (guild, user, config, now, expires)
    static let start = """
        INSERT INTO custom_role_verification_session (guild_id, user_id, role_verification_id, status, created_at,
            updated_at, expires_at)
        VALUES (?1, ?2, ?3, 'pending_screenshot', ?4, ?4, ?5)
        ON CONFLICT (guild_id, user_id, role_verification_id) DO UPDATE SET status = 'pending_screenshot',
            screenshot_url = NULL, ticket_message_id = NULL, reviewed_by_user_id = NULL, reviewed_at = NULL,
            denial_reason = NULL, ticket_shown_status = NULL, member_told_status = NULL,
            created_at = excluded.created_at, updated_at = excluded.updated_at, expires_at = excluded.expires_at
        RETURNING id
        """
    /// The screenshot is in: in review for 7 days. (id, screenshot, now, expires)
    static let submit = """
        UPDATE custom_role_verification_session SET status = 'pending_review', screenshot_url = ?2, updated_at = ?3,
            expires_at = ?4
        WHERE id = ?1 AND status = 'pending_screenshot' AND expires_at > ?3
        """
    /// The member's flow ends before review (cancel, DMs closed). (id, status, now)
    static let endWaiting = """
        UPDATE custom_role_verification_session SET status = ?2, updated_at = ?3
        WHERE id = ?1 AND status = 'pending_screenshot'
        """
    /// A reviewer's decision on a session in review, before its deadline. (id, status, reviewer, reason, now)
    static let review = """
        UPDATE custom_role_verification_session SET status = ?2, reviewed_by_user_id = ?3, reviewed_at = ?5,
            denial_reason = ?4, updated_at = ?5
        WHERE id = ?1 AND status = 'pending_review' AND expires_at > ?5
        """
    /// A session in review past its deadline, found by a reviewer before the expiry task. (id, now)
    static let lapse = """
        UPDATE custom_role_verification_session SET status = 'expired', updated_at = ?2
        WHERE id = ?1 AND status IN ('pending_screenshot', 'pending_review') AND expires_at <= ?2
        """
    /// The ticket was posted. (id, message, shown status)
    static let setTicket = """
        UPDATE custom_role_verification_session SET ticket_message_id = ?2, ticket_shown_status = ?3 WHERE id = ?1
        """
    /// The ticket was redrawn. (id, shown status)
    static let setTicketShown = "UPDATE custom_role_verification_session SET ticket_shown_status = ?2 WHERE id = ?1"
    /// The member was told. (id, told status)
    static let setMemberTold = "UPDATE custom_role_verification_session SET member_told_status = ?2 WHERE id = ?1"
}
