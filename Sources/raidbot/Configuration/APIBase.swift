/// An HTTP base URL: Discord's REST API (`https://discord.com/api/v10`) or RealmEye's site.
///
/// Plain `http` is accepted only on loopback, so the token never crosses a network unencrypted;
/// that is what lets tests and `raidbot sandbox` point the bot at a local Discord stand-in.
struct APIBase: Sendable, Equatable, CustomStringConvertible {
    /// Discord's own API, version 10.
    static let discordDefault = "https://discord.com/api/v10"
    /// RealmEye's site (`RAIDBOT_REALMEYE_BASE`'s default).
    static let realmEyeDefault = "https://www.realmeye.com"
    /// The URL without a trailing slash.
    let url: String

    var description: String { url }

    init(parsing raw: String, variable: String = "DISCORD_API_BASE") throws(ConfigurationError) {
        var value = raw
        while value.hasSuffix("/") { value.removeLast() }
        let parts = value.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[1].isEmpty, !parts[2].isEmpty,
              let scheme = parts.first.map({ $0.dropLast() }), scheme == "https" || scheme == "http",
              parts[0].hasSuffix(":") else {
            throw ConfigurationError(variable: variable, problem: "must be an http(s) URL such as \(Self.discordDefault), got \"\(raw)\"")
        }
        if scheme == "http" && !Self.isLoopback(authority: String(parts[2])) {
            throw ConfigurationError(variable: variable, problem: "may use plain http only on loopback (127.0.0.1, localhost, [::1])")
        }
        url = value
    }

    private static func isLoopback(authority: String) -> Bool {
        let host: Substring
        if authority.hasPrefix("[") {
            host = authority.prefix { $0 != "]" }.dropFirst()
        } else {
            host = authority.split(separator: ":", maxSplits: 1).first ?? ""
        }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
