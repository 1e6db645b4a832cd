import BotKit
import DiscordModels

/// The guild roles as `/setroles` shows them (`role_catalog`), in `GuildRole.allCases` order.
extension GuildRole: GuildMappingKey {
    /// The label shown in `/setroles` replies.
    public var label: String { displayName }

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
