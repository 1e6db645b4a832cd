/// The internal role keys in hierarchy order, low to high (§10.6). `team`, `suspended` and `muted`
/// are mapped roles too but not ranks, so they are not here.
public enum StaffRole: String, CaseIterable, Comparable, Hashable, Sendable {
    /// Verified raider: the lowest rank.
    case verifiedRaider = "verified_raider"
    /// Organizer: hosts runs.
    case organizer
    /// Security: moderation.
    case security
    /// Officer.
    case officer
    /// Head organizer.
    case headOrganizer = "head_organizer"
    /// Moderator.
    case moderator
    /// Administrator: the highest rank.
    case administrator

    /// Position in the hierarchy (0 = lowest).
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Orders by rank.
    public static func < (lhs: StaffRole, rhs: StaffRole) -> Bool { lhs.rank < rhs.rank }

    /// The name shown to members ("Head Organizer").
    public var displayName: String {
        switch self {
        case .verifiedRaider: "Verified Raider"
        case .organizer: "Organizer"
        case .security: "Security"
        case .officer: "Officer"
        case .headOrganizer: "Head Organizer"
        case .moderator: "Moderator"
        case .administrator: "Administrator"
        }
    }
}
