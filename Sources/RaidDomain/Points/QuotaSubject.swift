/// The idempotency key of a ledger event (`quota_event.subject_id`, §5.2). The database's unique
/// index on it turns a repeated award for the same run, snapshot and member into a no-op.
public enum QuotaSubject: Hashable, Sendable, CustomStringConvertible {
    /// The organizer's quota for a run that ended without key pops: `run:<runId>`.
    case organizerRun(RunID)
    /// The organizer's quota for completion `n` of a chain: `run:<runId>:keypop:<n>`.
    case organizerKeyPop(RunID, keyPop: Int)
    /// A raider's completion of a run without key pops: `raider:<runId>:<userId>`.
    case raiderRun(RunID, MemberID)
    /// A raider's completion of snapshot `n`: `raider:<runId>:<n>:<userId>`.
    case raiderKeyPop(RunID, keyPop: Int, MemberID)
    /// A manual `/logrun`: `manual_log_run:<epochMs>:<organizerId>:<abs count>`.
    case manualRunLog(at: Timestamp, organizer: MemberID, count: Int)
    /// A `/logkey` or key-logging panel entry: `key_pop:<epochMs>:<userId>:<signed count>`.
    case keyPopLog(at: Timestamp, member: MemberID, count: Int)
    /// An `/addquotapoints` adjustment: `manual_adjust:<epochMs>:<userId>`.
    case quotaAdjustment(at: Timestamp, member: MemberID)
    /// An `/addpoints` adjustment: `manual_adjust_points:<epochMs>:<userId>`.
    case pointsAdjustment(at: Timestamp, member: MemberID)

    /// The subject id exactly as the incumbent writes it, so imported history stays idempotent.
    public var description: String {
        switch self {
        case .organizerRun(let run): return "run:\(run)"
        case .organizerKeyPop(let run, let pop): return "run:\(run):keypop:\(pop)"
        case .raiderRun(let run, let member): return "raider:\(run):\(member)"
        case .raiderKeyPop(let run, let pop, let member): return "raider:\(run):\(pop):\(member)"
        case .manualRunLog(let at, let organizer, let count):
            return "manual_log_run:\(at.unixMilliseconds):\(organizer):\(count.magnitude)"
        case .keyPopLog(let at, let member, let count): return "key_pop:\(at.unixMilliseconds):\(member):\(count)"
        case .quotaAdjustment(let at, let member): return "manual_adjust:\(at.unixMilliseconds):\(member)"
        case .pointsAdjustment(let at, let member): return "manual_adjust_points:\(at.unixMilliseconds):\(member)"
        }
    }
}
