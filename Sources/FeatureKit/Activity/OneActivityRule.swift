import RaidDomain
import Storage

/// Something the organizer already hosts, before the handler has checked its message in Discord.
public struct HostedActivity: Hashable, Sendable {
    /// A run id, or nil for a headcount.
    public let runID: RunID?
    /// A headcount id, or nil for a run.
    public let headcountID: Int64?
    /// The public message, when one was posted.
    public let messageID: UInt64?
}

/// One activity per organizer (defect 17), enforced inside the transaction that creates a run or a
/// headcount: the rule itself is `OrganizerActivityRule`; this reads both tables and closes the
/// activities whose public message is gone.
public enum OneActivityRule {
    /// How long an activity may sit without its public message before it counts as abandoned:
    /// covers the moments between inserting it and posting its panel.
    public static let postGraceMilliseconds: Int64 = 60_000

    /// The organizer's open or live runs. (organizer, guild)
    public static let activeRunsSQL = """
        SELECT id, status, post_message_id, created_at, dungeon_key FROM run
        WHERE organizer_id = ?1 AND guild_id = ?2 AND status IN ('open', 'live')
        ORDER BY created_at DESC
        """

    /// The organizer's active headcount. (guild, organizer)
    public static let activeHeadcountSQL = """
        SELECT id, message_id, created_at FROM headcount WHERE guild_id = ?1 AND organizer_id = ?2 AND status = 'active'
        """

    /// The organizer's activities, so a handler can check which public messages still exist.
    public static func hosted(_ connection: Connection, guildID: UInt64, organizer: MemberID) throws -> [HostedActivity] {
        try activities(connection, guildID: guildID, organizer: organizer, deletedMessages: [], now: nil).map(\.1)
    }

    /// The refusal when the organizer already hosts something live, else nil after closing the
    /// activities whose message is in `deletedMessages` (runs through `cancelRun`, which applies the
    /// run rules; headcounts are ended here).
    public static func makeRoom(_ connection: Connection, guildID: UInt64, organizer: MemberID,
                                deletedMessages: Set<UInt64>, now: Timestamp,
                                cancelRun: (Connection, RunID) throws -> Void) throws -> RunRuleViolation? {
        let found = try activities(connection, guildID: guildID, organizer: organizer, deletedMessages: deletedMessages,
                                   now: now)
        switch OrganizerActivityRule.check(existing: found.map(\.0)) {
        case .failure(let violation):
            return violation
        case .success(let abandoned):
            for (activity, hosted) in found where abandoned.contains(activity) {
                if let runID = hosted.runID { try cancelRun(connection, runID) }
                if let headcount = hosted.headcountID {
                    try connection.execute(
                        "UPDATE headcount SET status = 'ended', ended_at = ?2 WHERE id = ?1 AND status = 'active'",
                        headcount, now.unixMilliseconds)
                }
            }
            return nil
        }
    }

    private static func activities(_ connection: Connection, guildID: UInt64, organizer: MemberID,
                                   deletedMessages: Set<UInt64>, now: Timestamp?)
        throws -> [(OrganizerActivity, HostedActivity)] {
        func exists(_ message: UInt64?, createdAt: Int64) -> Bool {
            guard let message else { return (now?.unixMilliseconds ?? createdAt) - createdAt < postGraceMilliseconds }
            return !deletedMessages.contains(message)
        }
        let runs = try connection.fetchAll(activeRunsSQL, organizer.rawValue, guildID) { row in
            let id = RunID(try row.get(0, as: Int64.self)), message = try row.get(2, as: UInt64?.self)
            let createdAt = try row.get(3, as: Int64.self)
            let name = Dungeon.named(DungeonCode(try row.get(4, as: String.self)))?.name ?? "a run"
            return (OrganizerActivity.run(id, RunStatus(rawValue: try row.get(1, as: String.self)) ?? .open,
                                          dungeonName: name, createdAt: Timestamp(unixMilliseconds: createdAt),
                                          postExists: exists(message, createdAt: createdAt)),
                    HostedActivity(runID: id, headcountID: nil, messageID: message))
        }
        let headcounts = try connection.fetchAll(activeHeadcountSQL, guildID, organizer.rawValue) { row in
            let id = try row.get(0, as: Int64.self), message = try row.get(1, as: UInt64?.self)
            let createdAt = try row.get(2, as: Int64.self)
            return (OrganizerActivity.headcount(messageID: message ?? 0, createdAt: Timestamp(unixMilliseconds: createdAt),
                                                postExists: exists(message, createdAt: createdAt)),
                    HostedActivity(runID: nil, headcountID: id, messageID: message))
        }
        return runs + headcounts
    }
}
