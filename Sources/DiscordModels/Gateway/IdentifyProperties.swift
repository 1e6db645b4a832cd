/// Identify's connection properties (no `$` prefix in v10).
public struct IdentifyProperties: Codable, Hashable, Sendable {
    /// Operating system, e.g. "linux".
    public var os: String
    /// Library name.
    public var browser: String
    /// Library name.
    public var device: String

    /// Creates properties; defaults name this bot.
    public init(os: String = "linux", browser: String = "raidbot", device: String = "raidbot") {
        self.os = os
        self.browser = browser
        self.device = device
    }
}
