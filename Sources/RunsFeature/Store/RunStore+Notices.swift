import FeatureKit
import RaidDomain
import Storage

/// Who has been told a run's party and location (`key_reactor_notice`): each key reactor is DMed
/// once per party/location pair, also across restarts (the incumbent kept this in memory).
extension RunStore {
    static let claimNotice = """
        INSERT INTO key_reactor_notice (run_id, user_id, party, location, sent_at) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (run_id, user_id) DO UPDATE
        SET party = excluded.party, location = excluded.location, sent_at = excluded.sent_at
        WHERE key_reactor_notice.party <> excluded.party OR key_reactor_notice.location <> excluded.location
        """

    /// Records the notice for each of `members` not yet told this party and location; returns
    /// those to DM now, each with whether they were told an earlier pair (then it is an update).
    public func claimKeyReactorNotices(_ runID: RunID, members: [MemberID], party: String, location: String,
                                       now: Timestamp) async throws -> [(member: MemberID, isUpdate: Bool)] {
        try await database.write { connection in
            try members.compactMap { member in
                let toldBefore = try connection.fetchValue(
                    "SELECT 1 FROM key_reactor_notice WHERE run_id = ?1 AND user_id = ?2", runID.rawValue, member.rawValue,
                    as: Int.self) != nil
                let claimed = try connection.execute(Self.claimNotice, runID.rawValue, member.rawValue, party, location,
                                                     now.unixMilliseconds) > 0
                return claimed ? (member, toldBefore) : nil
            }
        }
    }
}
