/// Body of `POST /webhooks/{id}/{token}`: webhook messages and interaction follow-ups.
public struct ExecuteWebhook: OutgoingMessage, Codable, Hashable {
    /// Text content (≤2000).
    public var content: String?
    /// Override the webhook's name (not for interaction follow-ups).
    public var username: String?
    /// Override the webhook's avatar (not for interaction follow-ups).
    public var avatarURL: String?
    /// Text-to-speech.
    public var tts: Bool?
    /// Embeds (≤10).
    public var embeds: [Embed]?
    /// Who may be pinged.
    public var allowedMentions: AllowedMentions?
    /// Components.
    public var components: [Component]?
    /// Flags; `.ephemeral` makes a follow-up visible only to the invoking user.
    public var flags: MessageFlags?
    /// Creates a forum post with this name.
    public var threadName: String?

    /// Creates a webhook body; `allowedMentions` defaults to pinging nobody.
    public init(content: String? = nil, embeds: [Embed]? = nil, components: [Component]? = nil,
                allowedMentions: AllowedMentions? = AllowedMentions.none, flags: MessageFlags? = nil,
                username: String? = nil, avatarURL: String? = nil) {
        self.content = content
        self.embeds = embeds
        self.components = components
        self.allowedMentions = allowedMentions
        self.flags = flags
        self.username = username
        self.avatarURL = avatarURL
    }

    enum CodingKeys: String, CodingKey {
        case content, username, tts, embeds, components, flags
        case avatarURL = "avatar_url"
        case allowedMentions = "allowed_mentions"
        case threadName = "thread_name"
    }
}
