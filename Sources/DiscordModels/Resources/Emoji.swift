/// An emoji: custom (`id` set) or Unicode (`name` only); used on buttons, select options and guilds.
public struct Emoji: Codable, Hashable, Sendable {
    /// Custom emoji id; nil for Unicode emoji.
    public var id: Snowflake?
    /// The name, or the Unicode character itself.
    public var name: String?
    /// Animated custom emoji.
    public var animated: Bool?

    /// A Unicode emoji such as "✅".
    public init(unicode: String) {
        self.name = unicode
    }

    /// A custom guild emoji.
    public init(id: Snowflake, name: String?, animated: Bool? = nil) {
        self.id = id
        self.name = name
        self.animated = animated
    }
}
