/// A fixed choice of an option, or an autocomplete suggestion.
public struct ApplicationCommandOptionChoice: Codable, Hashable, Sendable {
    /// Shown name (1–100).
    public var name: String
    /// Value sent back (string ≤100, integer or number).
    public var value: CommandOptionValue

    /// Creates a choice.
    public init(name: String, value: CommandOptionValue) {
        self.name = name
        self.value = value
    }
}
