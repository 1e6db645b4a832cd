/// Who may run a command: everyone, a staff rank or higher (through `RoleHierarchy`), or Discord
/// administrators only (configuration commands).
public enum CommandGate: Hashable, Sendable {
    /// No gate.
    case everyone
    /// The rank or any higher rank; Discord administrators pass.
    case rank(GuildRole)
    /// Discord's Administrator permission.
    case discordAdministrator

    /// The heading `/help` groups the command under.
    public var helpHeading: String {
        switch self {
        case .everyone: "Everyone"
        case .rank(let rank): "\(rank.displayName)+"
        case .discordAdministrator: "Discord Administrator"
        }
    }

    /// Sort order of help sections, low gates first.
    var helpOrder: Int {
        switch self {
        case .everyone: -1
        case .rank(let rank): rank.rank ?? GuildRole.ranks.count
        case .discordAdministrator: GuildRole.ranks.count
        }
    }
}

/// How a slash command is acknowledged before its handler runs (§1): the "thinking…" reply is
/// public or visible only to the invoker.
public enum CommandDeferStyle: Hashable, Sendable {
    /// `deferReply()`: the answer is visible to the channel.
    case publicReply
    /// `deferReply({ephemeral})`: only the invoker sees it.
    case ephemeralReply
}
