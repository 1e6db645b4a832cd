import RaidDomain
import Storage

/// Moderation points (§5.5): a staff action (`/warn`, `/suspend`, `/addnote` …) credits the actor's
/// quota under the first of their roles configured for it, and is recorded even when worth nothing
/// so activity counts stay complete. Written here because the ledger is the only `quota_event` writer.
extension PointsLedger {
    /// (guild, actor, subject, quota points, role or NULL, now)
    static let awardModerationSQL = """
        INSERT INTO quota_event (guild_id, actor_user_id, action_type, subject_id, points, quota_points, quota_role_id, created_at)
        VALUES (?1, ?2, 'verify_member', ?3, 0, ?4, ?5, ?6)
        """

    /// The moderation columns of every quota configuration of the guild. (guild)
    static let moderationConfigsSQL = """
        SELECT discord_role_id, verify_points, warn_points, suspend_points, modmail_reply_points, editname_points,
               addnote_points
        FROM quota_role_config WHERE guild_id = ?1
        """

    /// Credits `actor` for `action` against `target`, priced by `ModerationQuota` over the actor's
    /// `roles`; returns the points written (zero when no role of theirs is configured for it).
    @discardableResult
    public func awardModeration(_ action: ModerationAction, actor: MemberID, target: MemberID, roles: Set<RoleID>,
                                positions: [RoleID: Int] = [:]) throws -> Points {
        let award = ModerationQuota.award(for: action, configs: try moderationConfigs(), memberRoles: roles,
                                          rolePositions: positions)
        try connection.execute(Self.awardModerationSQL, guildID, actor.rawValue,
                               ModerationQuota.subject(action, at: now, member: target), award.points.hundredths,
                               award.roleID?.rawValue, now.unixMilliseconds)
        if let role = award.roleID, award.points > .zero { try redrawQuotaPanel(role) }
        return award.points
    }

    /// The guild's quota configurations with their moderation values only.
    private func moderationConfigs() throws -> [QuotaRoleConfig] {
        let actions: [ModerationAction] = [.verify, .warn, .suspend, .modmailReply, .editname, .addnote]
        return try connection.fetchAll(Self.moderationConfigsSQL, guildID) { row in
            var values: [ModerationAction: Points] = [:]
            for (index, action) in actions.enumerated() {
                values[action] = Points(hundredths: try row.get(index + 1, as: Int64.self))
            }
            return QuotaRoleConfig(roleID: RoleID(try row.get(0, as: UInt64.self)), baseExaltPoints: nil,
                                   baseNonExaltPoints: nil, moderationPoints: values)
        }
    }
}
