/// Which preset applies to a command or a button identifier, in the matching order of §10.4.
extension RateLimitPreset {
    /// The preset of a slash command by name.
    public static func forCommand(_ name: String) -> RateLimitPreset {
        switch name {
        case "stats", "leaderboard", "find": .commandHeavy
        case "help", "ping": .commandInfo
        case "purge": .purge
        case "setroles", "setchannels": .commandConfig
        case _ where name.hasPrefix("config"): .commandConfig
        default: .commandDefault
        }
    }

    /// The preset of a button's logical identifier (e.g. `run:participation`, `run:keypop`).
    public static func forButton(_ identifier: String) -> RateLimitPreset {
        if identifier == "run:keypop" { return .buttonKeyPopped }
        if identifier == "run:ping" { return .buttonPingRaiders }
        if identifier.hasPrefix("verification:") { return .buttonVerification }
        if identifier.contains("config") { return .buttonConfigPanel }
        if identifier == "run:participation" { return .buttonRunParticipation }
        if identifier.hasPrefix("run:key:") || identifier.contains(":key:") { return .buttonKeyReaction }
        if identifier.contains(":org:") || identifier.contains("organizer") || identifier.contains(":panel:") {
            return .buttonOrganizerPanel
        }
        if identifier.hasPrefix("modmail:") { return .buttonModmail }
        return .buttonDefault
    }
}
