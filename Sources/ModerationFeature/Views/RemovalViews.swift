import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The embeds of taking a punishment back (§6.3) and of its natural expiry (§6.2).
enum RemovalViews {
    /// The public answer and punishment_log post of `/unsuspend`, `/unmute` and `/removepunishment`.
    static func removed(_ removed: RemovedRecord, by actor: MemberID, reason: String, dmSent: Bool) -> Embed {
        Embed(title: title(removed), color: EmbedColor.success, fields: [
            EmbedField(name: "Member", value: "<@\(removed.userID)>", inline: true),
            EmbedField(name: "Removed By", value: "<@\(actor)>", inline: true),
            EmbedField(name: "Reason", value: reason, inline: false),
            EmbedField(name: "ID", value: "`\(id(removed))`", inline: true),
            EmbedField(name: "DM Sent", value: dmSent ? "✅" : "❌ (DMs closed)", inline: true),
        ])
    }

    /// The DM telling the member their punishment or note was taken back.
    static func directMessage(_ removed: RemovedRecord, guildName: String, reason: String) -> Embed {
        Embed(title: "✅ \(title(removed))", description: "In **\(guildName)**", color: EmbedColor.success, fields: [
            EmbedField(name: "Reason", value: reason, inline: false),
            EmbedField(name: "ID", value: "`\(id(removed))`", inline: true),
        ])
    }

    /// The punishment_log post of the expiry task (no DM, as the incumbent).
    static func expired(_ record: PunishmentRecord, roleRemoved: Bool, at now: Timestamp) -> Embed {
        Embed(title: "⏰ \(record.kind.noun) Expired", color: EmbedColor.success, fields: [
            EmbedField(name: "User", value: "<@\(record.userID)>", inline: true),
            EmbedField(name: "Punishment ID", value: "`\(record.id)`", inline: true),
            EmbedField(name: "Type", value: record.kind.noun, inline: true),
            EmbedField(name: "Original Moderator", value: "<@\(record.moderatorID)>", inline: true),
            EmbedField(name: "Original Reason", value: record.reason, inline: false),
            EmbedField(name: "Expired At", value: "<t:\(now.unixSeconds):F>", inline: true),
            EmbedField(name: "Role Removed", value: roleRemoved ? "Yes" : "Already removed or member left", inline: true),
        ])
    }

    static func title(_ removed: RemovedRecord) -> String {
        switch removed {
        case .punishment(let record):
            switch record.kind {
            case .warn: "Warning Removed"
            case .suspend: "Suspension Lifted"
            case .mute: "Mute Lifted"
            }
        case .note: "Note Removed"
        }
    }

    static func id(_ removed: RemovedRecord) -> String {
        switch removed {
        case .punishment(let record): record.id
        case .note(let note): note.id
        }
    }
}
