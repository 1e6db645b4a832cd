/// A REST route as Discord documents it, e.g. `/channels/{channel.id}/messages/{message.id}`.
struct RouteTemplate: Sendable, Hashable {
    let method: String
    let template: String
    /// Whether the route needs `Authorization: Bot <token>` (interaction and webhook-token routes do not).
    let requiresAuth: Bool
    private let segments: [Substring]

    init(_ method: String, _ template: String, requiresAuth: Bool = true) {
        self.method = method
        self.template = template
        self.requiresAuth = requiresAuth
        self.segments = template.split(separator: "/")
    }

    /// The path parameters when `path` fits this template (`{name}` segments capture), else nil.
    func match(method: String, pathSegments: [Substring]) -> [String: String]? {
        guard method == self.method, pathSegments.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (pattern, actual) in zip(segments, pathSegments) {
            if pattern.first == "{" {
                parameters[String(pattern.dropFirst().dropLast())] = String(actual)
            } else if pattern != actual {
                return nil
            }
        }
        return parameters
    }

    /// Discord's major parameter for bucketing: channel, guild, or webhook id plus token.
    func majorParameter(in parameters: [String: String]) -> String {
        if let channel = parameters["channel.id"] { return "channel:\(channel)" }
        if let guild = parameters["guild.id"] { return "guild:\(guild)" }
        if let token = parameters["interaction.token"] {
            return "webhook:\(parameters["application.id"] ?? parameters["interaction.id"] ?? ""):\(token)"
        }
        return "global"
    }

    /// An opaque bucket id, stable per method and template, like Discord's hash.
    var bucketHash: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (method + " " + template).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
