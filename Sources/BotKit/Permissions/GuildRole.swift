/// Every role a guild maps with `/setroles` (`role_catalog`): the seven staff ranks, which form the
/// hierarchy of §10.6, plus team, suspended and muted, which are mapped roles but not ranks. One
/// type for both, so a gate, a mapping row and a moderation role can never disagree on a name.
public enum GuildRole: String, CaseIterable, Hashable, Sendable {
    /// Full admin for bot actions: the highest rank.
    case administrator
    /// Moderation actions.
    case moderator
    /// Leads raid organization.
    case headOrganizer = "head_organizer"
    /// Senior staff.
    case officer
    /// Verification and security checks.
    case security
    /// Runs and manages raids.
    case organizer
    /// Auto-assigned to members with staff roles (not a rank).
    case team
    /// Granted on verification: the lowest rank.
    case verifiedRaider = "verified_raider"
    /// Given by /suspend (not a rank).
    case suspended
    /// Given by /mute (not a rank).
    case muted

    /// The ranks, low to high (§10.6).
    public static let ranks: [GuildRole] = [
        .verifiedRaider, .organizer, .security, .officer, .headOrganizer, .moderator, .administrator,
    ]

    /// Position in the hierarchy (0 = lowest), or nil for team, suspended and muted.
    public var rank: Int? { Self.ranks.firstIndex(of: self) }

    /// The name shown to members ("Head Organizer").
    public var displayName: String {
        switch self {
        case .headOrganizer: "Head Organizer"
        case .verifiedRaider: "Verified Raider"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
