import DiscordModels
import DiscordSandbox

/// Mentions as a member reads them: `<@id>` becomes `@username`, `<@&id>` `@Role` and `<#id>`
/// `#channel`, looked up in the stand-in guild; unknown ids stay as they are.
struct ConsoleMentions {
    let users: [Snowflake: String]
    let roles: [Snowflake: String]
    let channels: [Snowflake: String]

    /// The guild's names now.
    static func snapshot(_ guild: SandboxGuild) async -> ConsoleMentions {
        let members = await guild.members, roles = await guild.roles, channels = await guild.channels
        return ConsoleMentions(
            users: Dictionary(members.map { ($0.id, $0.user.username) }, uniquingKeysWith: { first, _ in first }),
            roles: Dictionary(roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            channels: Dictionary(channels.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

    func readable(_ text: String) -> String {
        var result = "", rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            rest = rest[open...]
            guard let close = rest.firstIndex(of: ">"), let name = name(rest[rest.index(after: rest.startIndex)..<close]) else {
                result.append(rest.removeFirst())
                continue
            }
            result += name
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// `@rin` for `@123`, `@Role` for `@&123`, `#raids` for `#123`; nil for anything else.
    func name(_ inner: Substring) -> String? {
        let (table, prefix, digits): ([Snowflake: String], String, Substring) =
            if inner.hasPrefix("@&") { (roles, "@", inner.dropFirst(2)) }
            else if inner.hasPrefix("@!") { (users, "@", inner.dropFirst(2)) }
            else if inner.hasPrefix("@") { (users, "@", inner.dropFirst()) }
            else if inner.hasPrefix("#") { (channels, "#", inner.dropFirst()) }
            else { ([:], "", inner) }
        guard let id = Snowflake(String(digits)), let found = table[id] else { return nil }
        return prefix + found
    }
}
