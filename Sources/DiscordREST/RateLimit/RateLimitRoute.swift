/// The rate-limit identity of a request: its route template (method + path with ids replaced) and its
/// major parameter (channel, guild, or webhook id + token), which Discord limits independently.
public struct RateLimitRoute: Hashable, Sendable {
    /// "METHOD /path/:placeholders": safe to log, it holds no ids and no tokens.
    public let template: String
    /// The top-level resource value ("" if none); may hold an interaction token, so never log it.
    let majorParameter: String
    /// Interaction callbacks and token webhooks: no bot token, exempt from the global limit, never queued.
    public let isFastPath: Bool
    /// An interaction callback: useless after Discord's 3-second window, so never retried past it.
    public let isInteractionCallback: Bool

    /// Derives the route of `method path` (path without the query string).
    public init(method: HTTPMethod, path: String) {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var parts: [String] = []
        var major = ""
        var index = 0
        while index < segments.count {
            let (placeholder, consumed, majorValue) = Self.classify(segments, at: index)
            parts.append(placeholder)
            if let majorValue { major = majorValue }
            index += consumed
        }
        template = method.rawValue + " /" + parts.joined(separator: "/")
        majorParameter = major
        let top = segments.first ?? ""
        isFastPath = top == "interactions" || (top == "webhooks" && segments.count >= 3)
        isInteractionCallback = top == "interactions"
    }

    /// Placeholder for segment `index`, how many segments it consumed, and the major value it sets.
    private static func classify(_ segments: [String], at index: Int) -> (String, Int, String?) {
        let segment = segments[index]
        let previous = index > 0 ? segments[index - 1] : ""
        if index == 1, let name = majorNames[previous] {
            if (previous == "webhooks" || previous == "interactions"), segments.count > 2 {
                return (":\(name)/:token", 2, segment + "/" + segments[2])
            }
            return (":\(name)", 1, segment)
        }
        if previous == "reactions" { return (":emoji", 1, nil) }
        if isSnowflake(segment) { return (":id", 1, nil) }
        return (segment, 1, nil)
    }

    private static let majorNames = [
        "channels": "channel", "guilds": "guild", "webhooks": "webhook", "interactions": "interaction",
    ]

    private static func isSnowflake(_ segment: String) -> Bool {
        !segment.isEmpty && segment.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
