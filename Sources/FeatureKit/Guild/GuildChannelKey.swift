import DiscordModels

/// The keys of `channel_catalog`: where panels and logs are posted, in the order `/setchannels` shows them.
public enum GuildChannelKey: String, GuildMappingKey {
    /// Run and headcount panels are posted here.
    case raid
    /// Verification log threads and embeds.
    case verificationLog = "veri_log"
    /// Manual screenshot verification tickets.
    case manualVerification = "manual_verification"
    /// Default channel for the verification panel.
    case getVerified = "getverified"
    /// Punishment, removal and expiry embeds.
    case punishmentLog = "punishment_log"
    /// Per-run, per-headcount and per-party log threads.
    case raidLog = "raid_log"
    /// Quota leaderboard panels.
    case quota
    /// Command, configuration, quota and verification activity.
    case botLog = "bot_log"
    /// Promotion announcements from /addrole.
    case staffUpdates = "staff_updates"
    /// Modmail tickets.
    case modmail
    /// The dungeon role-ping panel.
    case rolePing = "role_ping"
    /// /party posts.
    case partyFinder = "party_finder"
    /// Staff copy of party and location updates.
    case earlyLocation = "early_loc"

    /// The label shown in `/setchannels` replies.
    public var label: String {
        switch self {
        case .raid: "Raid"
        case .verificationLog: "Verification Log"
        case .manualVerification: "Manual Verification"
        case .getVerified: "Get Verified"
        case .punishmentLog: "Punishment Log"
        case .raidLog: "Raid Log"
        case .quota: "Quota"
        case .botLog: "Bot Log"
        case .staffUpdates: "Staff Updates"
        case .modmail: "Modmail"
        case .rolePing: "Role Ping"
        case .partyFinder: "Party Finder"
        case .earlyLocation: "Early Location"
        }
    }

    /// What the channel is for (the `channel_catalog` description).
    public var summary: String {
        switch self {
        case .raid: "Run and headcount panels are posted here"
        case .verificationLog: "Verification log threads and embeds"
        case .manualVerification: "Manual screenshot verification tickets"
        case .getVerified: "Default channel for the verification panel"
        case .punishmentLog: "Punishment, removal and expiry embeds"
        case .raidLog: "Per-run, per-headcount and per-party log threads"
        case .quota: "Quota leaderboard panels"
        case .botLog: "Command, configuration, quota and verification activity"
        case .staffUpdates: "Promotion announcements from /addrole"
        case .modmail: "Modmail tickets"
        case .rolePing: "The dungeon role-ping panel"
        case .partyFinder: "/party posts"
        case .earlyLocation: "Staff copy of party and location updates"
        }
    }

    /// A channel mention.
    public static func mention(_ id: Snowflake) -> String { "<#\(id)>" }
}
