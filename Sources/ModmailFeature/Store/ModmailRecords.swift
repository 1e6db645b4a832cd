import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Storage

/// A member's `/modmail` draft as stored (`modmail_draft`).
struct DraftRecord: Hashable, Sendable {
    /// The steps a draft goes through (the table's `stage`; guild choice is not one: the bot serves one guild).
    enum Stage: String, Sendable {
        case awaitingMessage = "awaiting_message"
        case confirming
    }

    let userID: Snowflake
    let guildID: Snowflake
    let stage: Stage
    let content: String?
    let attachments: [String]
    let dmChannelID: Snowflake?
    let previewMessageID: Snowflake?

    static func row(_ row: Row) throws -> DraftRecord {
        DraftRecord(userID: try row.get(0, as: Snowflake.self), guildID: try row.get(1, as: Snowflake.self),
                    stage: Stage(rawValue: try row.get(2, as: String.self)) ?? .awaitingMessage,
                    content: try row.get(3, as: String?.self), attachments: AttachmentList.decode(try row.get(4, as: String.self)),
                    dmChannelID: try row.get(5, as: Snowflake?.self), previewMessageID: try row.get(6, as: Snowflake?.self))
    }
}

/// A modmail ticket as stored (`modmail_ticket`).
struct TicketRecord: Hashable, Sendable {
    let id: String
    let guildID: Snowflake
    let userID: Snowflake
    let isOpen: Bool
    let threadID: Snowflake?
    let messageID: Snowflake?

    static func row(_ row: Row) throws -> TicketRecord {
        TicketRecord(id: try row.get(0, as: String.self), guildID: try row.get(1, as: Snowflake.self),
                     userID: try row.get(2, as: Snowflake.self), isOpen: try row.get(3, as: String.self) == "open",
                     threadID: try row.get(4, as: Snowflake?.self), messageID: try row.get(5, as: Snowflake?.self))
    }
}

/// A member message waiting to be posted in its ticket's thread.
struct PendingRelay: Hashable, Sendable {
    let messageID: Int64
    let content: String
    let attachments: [String]
}

/// The guild's modmail settings (`guild_modmail_config`).
struct ModmailSettings: Hashable, Sendable {
    /// The ignore prefix when the guild set none: a staff note starts like a code comment.
    static let defaultIgnorePrefix = "//"

    /// Plain staff messages in a ticket's thread are DMed to the member (off by default).
    var relayThreadMessages = false
    /// Thread messages starting with this stay internal staff notes.
    var ignorePrefix = defaultIgnorePrefix
}

/// A staff member's plain message in a ticket's thread, as recorded for the member.
struct StaffThreadMessage: Hashable, Sendable {
    let id: Snowflake
    let authorID: Snowflake
    let content: String
    let attachments: [String]
}

/// Attachment links as the `attachments` JSON array columns hold them.
enum AttachmentList {
    /// The JSON array of `urls`.
    static func encode(_ urls: [String]) -> String {
        (try? JSONEncoder().encode(urls)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// The links in a stored JSON array (an unreadable one reads as none).
    static func decode(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}

/// Member text as a JSON string literal inside audit metadata.
enum JSONQuoting {
    /// `text` quoted and escaped.
    static func quoted(_ text: String) -> String {
        (try? JSONEncoder().encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
