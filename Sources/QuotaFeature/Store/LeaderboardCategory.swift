/// The five leaderboard categories (§5.9), each one measure of `quota_event_measure`.
public enum LeaderboardCategory: String, CaseIterable, Hashable, Sendable {
    case runsOrganized = "runs_organized"
    case keysPopped = "keys_popped"
    case dungeonCompletions = "dungeon_completions"
    case points
    case quotaPoints = "quota_points"

    /// The totals column it sums.
    var column: String {
        switch self {
        case .runsOrganized: "organized"
        case .keysPopped: "keys"
        case .dungeonCompletions: "completions"
        case .points: "points"
        case .quotaPoints: "quota_points"
        }
    }

    /// Whether the totals are hundredths of a point (shown as decimals) rather than counts.
    public var isPoints: Bool { self == .points || self == .quotaPoints }

    /// The title shown on the board.
    public var title: String {
        switch self {
        case .runsOrganized: "Runs Organized"
        case .keysPopped: "Keys Popped"
        case .dungeonCompletions: "Dungeon Completions"
        case .points: "Points"
        case .quotaPoints: "Quota Points"
        }
    }

    /// One letter for custom_ids (they have 100 characters).
    var code: String {
        switch self {
        case .runsOrganized: "r"
        case .keysPopped: "k"
        case .dungeonCompletions: "c"
        case .points: "p"
        case .quotaPoints: "q"
        }
    }

    /// The category a custom_id letter names.
    init?(code: String) {
        guard let match = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = match
    }
}

/// How a board is ordered (§1.6): highest first, lowest first, or by name; ties by user id.
public enum LeaderboardSort: String, CaseIterable, Hashable, Sendable {
    case desc, asc, alpha

    var orderBy: String {
        switch self {
        case .desc: "total DESC, user_id"
        case .asc: "total ASC, user_id"
        case .alpha: "(SELECT username FROM member WHERE id = user_id) COLLATE NOCASE, user_id"
        }
    }
}
