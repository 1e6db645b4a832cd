import DiscordModels

/// A member's open conversation with the bot in DMs: which feature (`kind`), where it stands
/// (`step`), the feature's own state as JSON, and until when the bot waits for the next DM.
public struct DMConversation: Hashable, Sendable {
    /// The member.
    public let userID: Snowflake
    /// The feature holding it (`modmail`, `verification`).
    public let kind: String
    /// Where it stands, in the feature's words (`awaiting_message`, `awaiting_screenshot`).
    public let step: String
    /// The feature's state, as JSON.
    public let state: String
    /// Unix ms after which a DM no longer continues it.
    public let expiresAt: Int64

    /// A conversation.
    public init(userID: Snowflake, kind: String, step: String, state: String = "{}", expiresAt: Int64) {
        self.userID = userID
        self.kind = kind
        self.step = step
        self.state = state
        self.expiresAt = expiresAt
    }
}

/// A direct message from a member, as a conversation handler sees it.
public struct DirectMessage: Hashable, Sendable {
    /// The message (its id is the dedupe key).
    public let id: Snowflake
    /// The member who wrote it.
    public let authorID: Snowflake
    /// The DM channel.
    public let channelID: Snowflake
    /// Its text.
    public let content: String
    /// Links to its attachments, in order.
    public let attachmentURLs: [String]

    /// A direct message.
    public init(id: Snowflake, authorID: Snowflake, channelID: Snowflake, content: String, attachmentURLs: [String] = []) {
        self.id = id
        self.authorID = authorID
        self.channelID = channelID
        self.content = content
        self.attachmentURLs = attachmentURLs
    }

    /// The DM in a MESSAGE_CREATE, or nil for guild messages and messages from bots.
    public init?(_ message: Message) {
        guard message.guildID == nil, let author = message.author, author.bot != true else { return nil }
        self.init(id: message.id, authorID: author.id, channelID: message.channelID, content: message.content,
                  attachmentURLs: message.attachments.compactMap(\.url))
    }
}

/// What became of a direct message.
public enum DMReceipt: Hashable, Sendable {
    /// The handler of this conversation kind took it.
    case handled(kind: String)
    /// The member has no open conversation (or only expired ones).
    case noConversation
    /// Already handed over before (a re-delivery).
    case duplicate
    /// A conversation is open but no handler is registered for its kind.
    case unhandledKind(String)
}
