/// Every XPath that reads a RealmEye player page, in one place: when RealmEye changes its markup,
/// this file (and the fixtures) is what changes. Class tests match whole class names.
enum RealmEyeSelectors {
    /// A node whose `class` attribute holds the class `name`.
    static func hasClass(_ name: String) -> String {
        "contains(concat(' ', normalize-space(@class), ' '), ' \(name) ')"
    }

    /// The block RealmEye shows instead of a profile ("Sorry, but we either: have not seen … yet").
    static let notFoundBlock = "//div[\(hasClass("player-not-found"))]"
    /// An element whose own text says the profile is private or hidden ("This profile is private").
    static let privateNotice = "//*[text()[contains(\(lowercased), 'profile is private') or contains(\(lowercased), 'profile is hidden')]]"
    /// The context text node in lower case (XPath 1.0 has no lower-case()).
    private static let lowercased = "translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"

    /// The player's name in the page header.
    static let name = "//h1//span[\(hasClass("entity-name"))]"
    /// The summary table (characters, fame, rank, guild, created, last seen …).
    static let summaryTable = "//table[\(hasClass("summary"))]"
    /// The rows of the summary table: a label cell then a value cell.
    static let summaryRows = ".//tr[count(td) >= 2]"
    /// A row's label cell.
    static let rowLabel = "td[1]"
    /// A row's value cell.
    static let rowValue = "td[2]"
    /// In the Rank cell, the number of stars (the text of the star container).
    static let starContainer = ".//div[\(hasClass("star-container"))]"
    /// In a numeric cell, the number itself (RealmEye adds "(123rd)" after it).
    static let numeric = ".//span[\(hasClass("numeric"))]"

    /// The description well; present even when the member wrote nothing.
    static let description = "//div[\(hasClass("description"))]"
    /// The description's lines, in order (`line1`, `line2`, `line3`).
    static let descriptionLines = ".//div[\(hasClass("description-line"))]"

    /// The summary labels read, as RealmEye writes them (compared case-insensitively).
    enum Label {
        static let characters = "characters"
        static let fame = "fame"
        static let rank = "rank"
        static let accountFame = "account fame"
        static let guild = "guild"
        static let guildRank = "guild rank"
        static let created = "created"
        static let firstSeen = "first seen"
        static let lastSeen = "last seen"
    }

    /// The value RealmEye shows in place of a field the player hid.
    static let hiddenValue = "hidden"
}
