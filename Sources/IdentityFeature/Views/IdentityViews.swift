import DiscordModels
import FeatureKit
import RaidDomain

/// The embeds of the identity commands: the public answer doubles as the veri_log and bot_log post
/// (§1.2, §7.8), so staff reading the log see exactly what the channel saw.
enum IdentityViews {
    /// "✅ Member Verified".
    static func verified(_ userID: Snowflake, ign: IGN, by actor: Snowflake, at now: Timestamp, nicknameSet: Bool,
                         points: Points) -> Embed {
        Embed(title: "✅ Member Verified", color: EmbedColor.success, footer: footer(nicknameSet: nicknameSet),
              fields: [field("Member", "<@\(userID)>"), field("IGN", ign.value), field("Verified By", "<@\(actor)>"),
                       field("Timestamp", "<t:\(now.unixMilliseconds / 1000):R>")] + pointsField(points))
    }

    /// "✅ Member Removed from Verification System".
    static func unverified(_ userID: Snowflake, was record: RaiderRecord, reason: String, by actor: Snowflake,
                           roleRemoved: Bool, nicknameCleared: Bool) -> Embed {
        var notes: [String] = []
        if !roleRemoved { notes.append("the Verified Raider role could not be removed") }
        if !nicknameCleared { notes.append("the nickname could not be cleared") }
        if record.modmailBlacklisted { notes.append("the modmail blacklist stays in force") }
        return Embed(title: "✅ Member Removed from Verification System", color: EmbedColor.notice,
                     footer: notes.isEmpty ? nil : EmbedFooter(text: "Note: " + notes.joined(separator: "; ")),
                     fields: [field("Member", "<@\(userID)>"), field("IGN", record.main?.value ?? "—"),
                              field("Alt", record.alt?.value ?? "—"), field("Reason", reason),
                              field("Removed By", "<@\(actor)>")])
    }

    /// "✅ IGN Updated".
    static func renamed(_ userID: Snowflake, from old: IGN?, to new: IGN, by actor: Snowflake, nicknameSet: Bool,
                        points: Points) -> Embed {
        Embed(title: "✅ IGN Updated", color: EmbedColor.success, footer: footer(nicknameSet: nicknameSet),
              fields: [field("Member", "<@\(userID)>"), field("Old IGN", old?.value ?? "—"), field("New IGN", new.value),
                       field("Updated By", "<@\(actor)>")] + pointsField(points))
    }

    /// "✅ Alt IGN Added" / "✅ Alt IGN Removed".
    static func alt(_ userID: Snowflake, main: IGN?, alt: IGN?, removed: IGN?, by actor: Snowflake, nicknameSet: Bool) -> Embed {
        Embed(title: alt == nil ? "✅ Alt IGN Removed" : "✅ Alt IGN Added", color: EmbedColor.success,
              footer: footer(nicknameSet: nicknameSet),
              fields: [field("Member", "<@\(userID)>"), field("Main IGN", main?.value ?? "—"),
                       field(alt == nil ? "Removed Alt" : "Alt IGN", (alt ?? removed)?.value ?? "—"),
                       field("By", "<@\(actor)>")])
    }

    private static func field(_ name: String, _ value: String) -> EmbedField { EmbedField(name: name, value: value, inline: true) }

    private static func pointsField(_ points: Points) -> [EmbedField] {
        points > .zero ? [field("Quota Points", "+\(points)")] : []
    }

    private static func footer(nicknameSet: Bool) -> EmbedFooter? {
        nicknameSet ? nil : EmbedFooter(text: "⚠️ The nickname could not be changed.")
    }
}
