import BotKit

/// The keys of `role_catalog`: the seven staff ranks plus team, suspended and muted.
public enum GuildRoleKey: String, CaseIterable, Hashable, Sendable {
    /// Full admin for bot actions.
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
    /// Auto-assigned to members with staff roles.
    case team
    /// Granted on verification.
    case verifiedRaider = "verified_raider"
    /// Given by /suspend.
    case suspended
    /// Given by /mute.
    case muted

    /// The staff rank this key stands for (nil for team, suspended, muted).
    public var staffRole: StaffRole? { StaffRole(rawValue: rawValue) }

    /// The label shown in `/setroles` replies.
    public var label: String {
        switch self {
        case .headOrganizer: "Head Organizer"
        case .verifiedRaider: "Verified Raider"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
