/// Something an organizer is already hosting, as the one-activity rule sees it (§3.2).
public enum OrganizerActivity: Hashable, Sendable {
    /// An active run; `postExists` is false when its public message was deleted.
    case run(RunID, RunStatus, dungeonName: String, createdAt: Timestamp, postExists: Bool)
    /// An active headcount; `postExists` is false when its public message was deleted.
    case headcount(messageID: UInt64, createdAt: Timestamp, postExists: Bool)

    /// Whether the activity still blocks a new one: active and its message still there.
    var blocks: Bool {
        switch self {
        case .run(_, let status, _, _, let postExists): return status.isActive && postExists
        case .headcount(_, _, let postExists): return postExists
        }
    }

    /// Whether it is active but its message is gone, so it should be cancelled quietly.
    var isAbandoned: Bool {
        switch self {
        case .run(_, let status, _, _, let postExists): return status.isActive && !postExists
        case .headcount(_, _, let postExists): return !postExists
        }
    }

    var alreadyActiveReply: String {
        switch self {
        case .run(_, let status, let name, let createdAt, _):
            return "⚠️ You already have an active run: **\(name)** (\(status.label)), created <t:\(createdAt.unixSeconds):R>. End or cancel it from its organizer panel first."
        case .headcount(_, let createdAt, _):
            return "⚠️ You already have an active headcount, created <t:\(createdAt.unixSeconds):R>. End or convert it first."
        }
    }
}

/// One active run **or** headcount per organizer, enforced for `/run`, `/headcount` and headcount
/// conversion alike (our fix of defect 15).
public enum OrganizerActivityRule {
    /// Whether the organizer may start something new given what they already host. On success,
    /// the abandoned activities (message deleted) to cancel before going on.
    public static func check(existing: [OrganizerActivity]) -> Result<[OrganizerActivity], RunRuleViolation> {
        if let blocking = existing.first(where: \.blocks) { return .failure(.organizerAlreadyActive(blocking)) }
        return .success(existing.filter(\.isAbandoned))
    }
}
