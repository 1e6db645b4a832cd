import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The embeds of issuing a punishment (§1.2): the target's DM, the public answer and the
/// punishment_log post, built from the stored row so all three say the same thing.
enum PunishmentViews {
    /// The public title: "⚠️ Warning Issued", "🔨 Member Suspended", "🔨 Suspension Extended" …
    static func title(_ record: PunishmentRecord, extended: Bool) -> String {
        switch (record.kind, extended) {
        case (.warn, _): "⚠️ Warning Issued"
        case (.suspend, false): "🔨 Member Suspended"
        case (.suspend, true): "🔨 Suspension Extended"
        case (.mute, false): "🔇 Member Muted"
        case (.mute, true): "🔇 Mute Extended"
        }
    }

    /// The answer in the channel (and the punishment_log post): who, by whom, why, until when, the
    /// id, and whether the DM reached the member.
    static func issued(_ record: PunishmentRecord, extended: Bool, dmSent: Bool, points: Points?) -> Embed {
        var fields = common(record)
        fields.append(EmbedField(name: "DM Sent", value: dmSent ? "✅" : "❌ (DMs closed)", inline: true))
        if let points, points > .zero {
            fields.append(EmbedField(name: "Moderation Points", value: "+\(points)", inline: true))
        }
        return Embed(title: title(record, extended: extended), color: record.kind == .warn ? EmbedColor.notice : EmbedColor.failure,
                     fields: fields)
    }

    /// The DM sent before the action: what happens, why, until when, the id to quote.
    static func directMessage(_ record: PunishmentRecord, guildName: String, extended: Bool) -> Embed {
        let headline: String
        switch record.kind {
        case .warn: headline = "⚠️ Warning"
        case .suspend: headline = extended ? "🔨 Your suspension was extended" : "🔨 You have been suspended"
        case .mute: headline = extended ? "🔇 Your mute was extended" : "🔇 You have been muted"
        }
        return Embed(title: headline, description: "In **\(guildName)**",
                     color: record.kind == .warn ? EmbedColor.notice : EmbedColor.failure, fields: common(record))
    }

    /// Member, moderator, reason, expiry and id, as every punishment embed shows them.
    static func common(_ record: PunishmentRecord) -> [EmbedField] {
        var fields = [
            EmbedField(name: "Member", value: "<@\(record.userID)>", inline: true),
            EmbedField(name: "Moderator", value: "<@\(record.moderatorID)>", inline: true),
            EmbedField(name: "Reason", value: record.reason, inline: false),
        ]
        if let expires = record.expiresAt {
            fields.append(EmbedField(name: "Expires", value: "<t:\(expires.unixSeconds):F> (<t:\(expires.unixSeconds):R>)",
                                     inline: false))
        }
        fields.append(EmbedField(name: "Punishment ID", value: "`\(record.id)`", inline: true))
        fields.append(EmbedField(name: "Issued", value: "<t:\(record.createdAt.unixSeconds):f>", inline: true))
        return fields
    }
}
