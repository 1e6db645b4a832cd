import FeatureKit
import BotKit
import DiscordModels
import RaidDomain

/// The public party-finder post (§3.10) and the lines the party writes to its threads.
enum PartyPostView {
    /// The post: a plain-text headline, the green "Party Open" embed, and Extend / Close.
    static func message(_ record: PartyRecord) -> MessageCreate {
        MessageCreate(content: content(record.post), embeds: [embed(record.post)], components: components(record.id),
                      allowedMentions: AllowedMentions.none)
    }

    /// `**Party:** <name>[ | **Location:** <loc>]`.
    static func content(_ post: PartyPost) -> String {
        "**Party:** \(post.name)" + (post.location.map { " | **Location:** \($0)" } ?? "")
    }

    /// The green embed: description, Party, Location, Party Owner, Dungeons (bullets).
    static func embed(_ post: PartyPost) -> Embed {
        let dungeons = post.dungeons.isEmpty ? "Any" : post.dungeons.map { "• \($0.name)" }.joined(separator: "\n")
        return Embed(title: "✅ Party Open", description: post.description, color: EmbedColor.success, fields: [
            EmbedField(name: "Party", value: post.name, inline: true),
            EmbedField(name: "Location", value: post.location ?? "Not specified", inline: true),
            EmbedField(name: "Party Owner", value: "<@\(post.owner)>", inline: true),
            EmbedField(name: "Dungeons", value: dungeons),
        ])
    }

    /// Extend (green) and Close (red), naming the party row.
    static func components(_ id: Int64) -> [Component] {
        [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Extend", customID: PartyComponentIDs.make(PartyComponentIDs.extend, id))),
            .button(Button(style: .danger, label: "Close", customID: PartyComponentIDs.make(PartyComponentIDs.close, id))),
        ]))]
    }

    /// The thread warning: the owner is pinged, nobody else.
    static func warning(_ post: PartyPost, minutesLeft: Int64) -> MessageCreate {
        MessageCreate(content: "⏰ <@\(post.owner)> This party will be automatically closed and deleted in "
                          + "**\(minutesLeft) minutes** (<t:\(post.expiresAt.unixSeconds):R>). "
                          + "Press **Extend** on the post to keep it open.",
                      allowedMentions: AllowedMentions(users: [Snowflake(post.owner.rawValue)]))
    }

    /// The raid-log thread's name and starter title.
    static func logTitle(_ post: PartyPost, ownerName: String) -> String {
        "🎉 Party: \(post.name) - Owner: \(ownerName)"
    }

    /// The raid-log line of a close.
    static func closedLine(_ record: PartyRecord, by actor: MemberID?) -> String {
        switch record.closeReason {
        case .expired?: "⌛ Party Closed (auto-close: expired)"
        case .moderator?: "❌ Party Closed by moderator <@\(actor?.rawValue ?? 0)>"
        default: "❌ Party Closed by the owner"
        }
    }
}
