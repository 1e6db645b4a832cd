/// A command definition: the body of a bulk overwrite (`PUT …/commands`, an array of these) and
/// what Discord returns (then with `id`, `application_id`, `version`).
public struct ApplicationCommand: Codable, Hashable, Sendable {
    /// Assigned by Discord (responses only).
    public var id: Snowflake?
    /// Owning application (responses only).
    public var applicationID: Snowflake?
    /// Guild of a guild command (responses only).
    public var guildID: Snowflake?
    /// Name (1–32, lowercase for chat input).
    public var name: String
    /// Localized names.
    public var nameLocalizations: [String: String]?
    /// Description (1–100; empty for user/message commands).
    public var description: String
    /// Localized descriptions.
    public var descriptionLocalizations: [String: String]?
    /// Chat input (default), user or message.
    public var type: ApplicationCommandType?
    /// Options (≤25; required ones first).
    public var options: [ApplicationCommandOption]?
    /// Who may see it by default: nil = everyone, [] ("0") = administrators only.
    public var defaultMemberPermissions: Permissions?
    /// 0 guild, 1 bot DM, 2 private channel.
    public var contexts: [Int]?
    /// 0 guild install, 1 user install.
    public var integrationTypes: [Int]?
    /// Age-restricted.
    public var nsfw: Bool?
    /// Version snowflake (responses only).
    public var version: Snowflake?

    /// Creates a command definition.
    public init(name: String, description: String, type: ApplicationCommandType? = .chatInput,
                options: [ApplicationCommandOption]? = nil, defaultMemberPermissions: Permissions? = nil,
                contexts: [Int]? = nil) {
        self.name = name
        self.description = description
        self.type = type
        self.options = options
        self.defaultMemberPermissions = defaultMemberPermissions
        self.contexts = contexts
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, type, options, contexts, nsfw, version
        case applicationID = "application_id"
        case guildID = "guild_id"
        case nameLocalizations = "name_localizations"
        case descriptionLocalizations = "description_localizations"
        case defaultMemberPermissions = "default_member_permissions"
        case integrationTypes = "integration_types"
    }
}
