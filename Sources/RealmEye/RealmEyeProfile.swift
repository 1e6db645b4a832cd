/// What a RealmEye player page says about a player: the header name, the description lines, and
/// the summary table. A field RealmEye did not show is nil; one the player hid is `.hidden`.
public struct RealmEyeProfile: Hashable, Sendable {
    /// The player's name as RealmEye writes it (its capitalisation).
    public var name: String
    /// The description's non-empty lines, in order (where the verification code goes).
    public var descriptionLines: [String]
    /// The number of characters, if shown.
    public var characters: Int?
    /// Fame of the living characters ("alive fame"), if shown.
    public var fame: Int?
    /// Stars (rank), if shown.
    public var stars: Int?
    /// Account fame, if shown.
    public var accountFame: Int?
    /// The guild's name, nil when the player is in none.
    public var guild: String?
    /// The rank in that guild, if shown.
    public var guildRank: String?
    /// When the account was created ("Created", or "First seen" for older accounts).
    public var created: Field
    /// When the player was last seen.
    public var lastSeen: Field

    /// A summary value that may be shown, hidden by the player, or absent from the page.
    public enum Field: Hashable, Sendable {
        /// Shown, as RealmEye writes it ("~3 years and 12 days ago").
        case shown(String)
        /// The player hid it.
        case hidden
        /// Not on the page.
        case absent
    }

    /// A profile.
    public init(name: String, descriptionLines: [String] = [], characters: Int? = nil, fame: Int? = nil,
                stars: Int? = nil, accountFame: Int? = nil, guild: String? = nil, guildRank: String? = nil,
                created: Field = .absent, lastSeen: Field = .absent) {
        self.name = name
        self.descriptionLines = descriptionLines
        self.characters = characters
        self.fame = fame
        self.stars = stars
        self.accountFame = accountFame
        self.guild = guild
        self.guildRank = guildRank
        self.created = created
        self.lastSeen = lastSeen
    }

    /// The description as one text, lines joined by newlines (the reference's code search).
    public var description: String { descriptionLines.joined(separator: "\n") }
}
