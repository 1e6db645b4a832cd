/// Body of `PATCH /channels/{channel_id}/messages/{message_id}` and of webhook/@original edits.
/// Nil fields are left unchanged; send `""` / `[]` to clear content, embeds or components.
public struct MessageEdit: OutgoingMessage, Codable, Hashable {
    /// New text content (≤2000).
    public var content: String?
    /// New embeds (≤10).
    public var embeds: [Embed]?
    /// New flags.
    public var flags: MessageFlags?
    /// Who may be pinged (re-sent, or Discord re-parses with defaults).
    public var allowedMentions: AllowedMentions?
    /// New components.
    public var components: [Component]?

    /// Creates an edit body; `allowedMentions` defaults to pinging nobody.
    public init(content: String? = nil, embeds: [Embed]? = nil, components: [Component]? = nil,
                allowedMentions: AllowedMentions? = AllowedMentions.none, flags: MessageFlags? = nil) {
        self.content = content
        self.embeds = embeds
        self.components = components
        self.allowedMentions = allowedMentions
        self.flags = flags
    }

    enum CodingKeys: String, CodingKey {
        case content, embeds, flags, components
        case allowedMentions = "allowed_mentions"
    }
}
