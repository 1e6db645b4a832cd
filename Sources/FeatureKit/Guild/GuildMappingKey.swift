import DiscordModels

/// A key of a guild mapping (`role_catalog`, `channel_catalog`): what `/setroles` and
/// `/setchannels` show and how the mapped Discord entity is mentioned.
public protocol GuildMappingKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The label shown in replies ("Head Organizer").
    var label: String { get }
    /// What the key is for (the option description).
    var summary: String { get }
    /// How a mapped id is written in a message (`<@&id>` or `<#id>`).
    static func mention(_ id: Snowflake) -> String
}
