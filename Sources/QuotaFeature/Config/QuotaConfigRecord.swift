import RaidDomain

/// One role's quota configuration as the config panel shows it: a row of `quota_role_config` and
/// its dungeon overrides.
struct QuotaConfigRecord: Hashable, Sendable {
    /// The moderation actions the Moderation Points modal edits, in its field order; `addnote` has no
    /// field (a modal holds five), as in the incumbent.
    static let editableModeration: [ModerationAction] = [.verify, .warn, .suspend, .modmailReply, .editname]

    let roleID: RoleID
    let requiredPoints: Points
    let periodStart: Timestamp
    let resetAt: Timestamp
    /// When the period repeats; nil never.
    let rollover: WeeklyRollover?
    /// The role's quota leaderboard panel in the quota channel, if posted.
    let panelMessageID: UInt64?
    let baseExalt: Points
    let baseNonExalt: Points
    /// Quota points per moderation action (every action, zero included).
    let moderation: [ModerationAction: Points]
    /// Per-dungeon values that beat the base ones.
    let overrides: [DungeonCode: Points]

    /// The period the role's leaderboard counts at `now`.
    func period(at now: Timestamp) -> QuotaPeriod {
        QuotaPeriod.window(periodStart: periodStart, resetAt: resetAt, at: now)
    }
}

/// One configuration edit: each modal changes only its own fields.
enum QuotaConfigChange: Hashable, Sendable {
    /// Set Basic Config: required points, the period and its weekly repetition.
    case basic(required: Points, start: Timestamp, reset: Timestamp, rollover: WeeklyRollover?)
    /// Base Points: per exalt run and per other run.
    case base(exalt: Points, nonExalt: Points)
    /// Moderation Points: the five editable actions.
    case moderation([ModerationAction: Points])
    /// A dungeon override set, or removed (nil).
    case override(DungeonCode, Points?)
}
