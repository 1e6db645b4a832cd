/// Message data of an interaction response (reply, deferral flags, or in-place update).
public struct InteractionCallbackMessage: OutgoingMessage, Codable, Hashable {
    /// Text-to-speech.
    public var tts: Bool?
    /// Text content (≤2000).
    public var content: String?
    /// Embeds (≤10).
    public var embeds: [Embed]?
    /// Who may be pinged.
    public var allowedMentions: AllowedMentions?
    /// Flags: `.ephemeral`, `.suppressEmbeds`, `.suppressNotifications`, `.isComponentsV2`.
    public var flags: MessageFlags?
    /// Components.
    public var components: [Component]?

    /// Creates message data; `allowedMentions` defaults to pinging nobody.
    public init(content: String? = nil, embeds: [Embed]? = nil, components: [Component]? = nil,
                flags: MessageFlags? = nil, allowedMentions: AllowedMentions? = AllowedMentions.none) {
        self.content = content
        self.embeds = embeds
        self.components = components
        self.flags = flags
        self.allowedMentions = allowedMentions
    }

    enum CodingKeys: String, CodingKey {
        case tts, content, embeds, flags, components
        case allowedMentions = "allowed_mentions"
    }
}
