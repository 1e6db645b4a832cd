/// Body of `POST /channels/{channel_id}/messages`.
public struct MessageCreate: OutgoingMessage, Codable, Hashable {
    /// Text content (≤2000).
    public var content: String?
    /// Dedupe token (≤25 chars); with `enforceNonce` makes retries idempotent.
    public var nonce: String?
    /// Reject a second create with the same nonce for a few minutes.
    public var enforceNonce: Bool?
    /// Text-to-speech.
    public var tts: Bool?
    /// Embeds (≤10).
    public var embeds: [Embed]?
    /// Who may be pinged.
    public var allowedMentions: AllowedMentions?
    /// Make it a reply.
    public var messageReference: MessageReference?
    /// Components.
    public var components: [Component]?
    /// Stickers (≤3).
    public var stickerIDs: [Snowflake]?
    /// Flags (only suppress embeds/notifications and Components V2 are allowed here).
    public var flags: MessageFlags?

    /// Creates a message body; `allowedMentions` defaults to pinging nobody.
    public init(content: String? = nil, embeds: [Embed]? = nil, components: [Component]? = nil,
                allowedMentions: AllowedMentions? = AllowedMentions.none, flags: MessageFlags? = nil,
                nonce: String? = nil, enforceNonce: Bool? = nil, messageReference: MessageReference? = nil) {
        self.content = content
        self.embeds = embeds
        self.components = components
        self.allowedMentions = allowedMentions
        self.flags = flags
        self.nonce = nonce
        self.enforceNonce = enforceNonce
        self.messageReference = messageReference
    }

    enum CodingKeys: String, CodingKey {
        case content, nonce, tts, embeds, components, flags
        case enforceNonce = "enforce_nonce"
        case allowedMentions = "allowed_mentions"
        case messageReference = "message_reference"
        case stickerIDs = "sticker_ids"
    }
}
