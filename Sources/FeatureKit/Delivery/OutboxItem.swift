import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One Discord side effect of a state change, as the outbox stores it. Items of one `target` are
/// carried out in order; a newer `redraw` of a panel supersedes the older ones still pending.
public enum OutboxItem: Codable, Hashable, Sendable {
    /// The member's confirmation: the interaction's original response becomes `content`.
    case interactionReply(interactionID: Snowflake, applicationID: Snowflake, token: String, content: String)
    /// Gives (`present`) or takes a role.
    case memberRole(guildID: Snowflake, userID: Snowflake, roleID: Snowflake, present: Bool, reason: String?)
    /// Redraws a panel through the redrawer its feature registered for `panel`'s kind (`run:12`).
    case redraw(panel: String)
    /// Posts a plain notice (no mentions) in a channel; `topic` names what it is about
    /// (`realmeye_blocked:<guild>`), so a feature can see when it last posted one.
    case notice(channelID: Snowflake, topic: String, content: String)

    /// The ordering key: items of one target never overtake each other.
    public var target: String {
        switch self {
        case .interactionReply(let id, _, _, _): "interaction:\(id)"
        case .memberRole(_, let user, _, _, _): "member:\(user)"
        case .redraw(let panel): "panel:\(panel)"
        case .notice(_, let topic, _): "notice:\(topic)"
        }
    }

    /// The stored kind, for logs and metrics.
    public var kind: String {
        switch self {
        case .interactionReply: "interaction_reply"
        case .memberRole(_, _, _, let present, _): present ? "role_add" : "role_remove"
        case .redraw: "redraw"
        case .notice: "notice"
        }
    }

    /// Items with the same key collapse to the newest (a redraw draws the current state anyway).
    public var coalesceKey: String? {
        if case .redraw(let panel) = self { return "redraw:\(panel)" }
        return nil
    }

    /// How long the worker leaves the item to the handler that enqueued it, which sends it at once
    /// and marks it sent; the worker steps in only when that process died.
    public var handlerGraceMilliseconds: Int64 {
        if case .interactionReply = self { return 5_000 }
        return 0
    }

    /// The JSON stored in `outbox.payload`.
    func payload() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }

    /// Decodes a stored payload.
    static func decode(_ payload: String) throws -> OutboxItem {
        try JSONDecoder().decode(OutboxItem.self, from: Data(payload.utf8))
    }
}
