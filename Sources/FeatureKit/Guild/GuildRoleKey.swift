import BotKit
import DiscordModels

/// The keys of `role_catalog`: the seven staff ranks plus team, suspended and muted, in the order
/// `/setroles` shows them.
public enum GuildRoleKey: String, GuildMappingKey {
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

    /// What the role is for (the `role_catalog` description).
    public var summary: String {
        switch self {
        case .administrator: "Full admin for bot actions"
        case .moderator: "Moderation actions"
        case .headOrganizer: "Leads raid organization"
        case .officer: "Senior staff"
        case .security: "Verification and security checks"
        case .organizer: "Runs and manages raids"
        case .team: "Auto-assigned to members with staff roles"
        case .verifiedRaider: "Granted on verification"
        case .suspended: "Given by /suspend"
        case .muted: "Given by /mute"
        }
    }

    /// A role mention.
    public static func mention(_ id: Snowflake) -> String { "<@&\(id)>" }
}
