/// A player the RealmEye stand-in shows, rendered in RealmEye's player-page structure (header name,
/// summary table, description well), so the bot's real parser reads it.
public struct RealmEyeStandInProfile: Sendable, Hashable {
    /// The name, as the page writes it.
    public var name: String
    /// The description's three lines (where a member pastes the verification code).
    public var description: [String]
    /// Characters.
    public var characters: Int
    /// Alive fame.
    public var fame: Int
    /// Stars.
    public var stars: Int
    /// The guild, if any.
    public var guild: String?
    /// The "Created" cell; nil writes "hidden".
    public var created: String?
    /// The player hid the profile: the page says so and shows nothing else.
    public var isPrivate = false

    /// A player.
    public init(name: String, description: [String] = [], characters: Int = 3, fame: Int = 1_500, stars: Int = 40,
                guild: String? = nil, created: String? = "~2 years and 10 days ago") {
        self.name = name
        self.description = description
        self.characters = characters
        self.fame = fame
        self.stars = stars
        self.guild = guild
        self.created = created
    }

    /// The player page.
    public var html: String {
        if isPrivate {
            return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>RealmEye stand-in</title></head><body>
                <div class="container"><h1><span class="entity-name">\(Self.escaped(name))</span></h1>
                <h3>This profile is private.</h3></div></body></html>
                """
        }
        let lines = (0..<3).map { index in
            "<div class=\"line\(index + 1) description-line\">\(Self.escaped(index < description.count ? description[index] : ""))</div>"
        }.joined(separator: "\n")
        let guildRows = guild.map { "<tr><td>Guild</td><td><a href=\"/guild/x\">\(Self.escaped($0))</a></td></tr><tr><td>Guild Rank</td><td>Member</td></tr>" } ?? ""
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>RealmEye stand-in</title></head><body>
            <div class="container"><h1><span class="entity-name">\(Self.escaped(name))</span></h1>
            <table class="summary">
            <tr><td>Characters</td><td>\(characters)</td></tr>
            <tr><td>Fame</td><td><span class="numeric">\(fame)</span></td></tr>
            <tr><td>Rank</td><td><div class="star-container">\(stars)<div class="star"></div></div></td></tr>
            \(guildRows)
            <tr><td>Created</td><td>\(Self.escaped(created ?? "hidden"))</td></tr>
            <tr><td>Last seen</td><td>hidden</td></tr>
            </table>
            <div class="well description" id="d">
            \(lines)
            </div></div></body></html>
            """
    }

    /// RealmEye's page for a name it has not seen.
    public static func notFoundPage(_ ign: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="player-not-found">
        <h2>Sorry, but we either:</h2><ul><li>have not seen "<b>\(escaped(ign))</b>" yet,</li>
        <li>or "<b>\(escaped(ign))</b>" could not be found in the database.</li></ul></div></body></html>
        """
    }

    /// `text` safe inside HTML.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
