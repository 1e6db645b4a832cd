import FeatureKit
import DiscordModels

/// The embeds of a mapping change: the reply listing every key, and the bot_log entry.
enum MappingView {
    /// "✅ … configuration updated" with every key inline: its mention, or "—" when unmapped.
    static func reply<Key: GuildMappingKey>(title: String, change: MappingChange<Key>) -> Embed {
        let fields = Key.allCases.map { key in
            EmbedField(name: key.label, value: change.current[key].map(Key.mention) ?? "—", inline: true)
        }
        return Embed(title: title, color: EmbedColor.success, fields: fields)
    }

    /// "⚙️ Configuration: …" for bot_log: who changed it and each changed key, old → new.
    static func logEntry<Key: GuildMappingKey>(kind: String, actorID: Snowflake, change: MappingChange<Key>,
                                               at unixMilliseconds: Int64) -> Embed {
        let lines = change.changedKeys.map { key in
            "**\(key.label)**: \(change.previous[key].map(Key.mention) ?? "—") → \(change.updates[key].map(Key.mention) ?? "—")"
        }
        return Embed(title: "⚙️ Configuration: \(kind)", timestamp: DiscordTimestamp(unixMilliseconds: unixMilliseconds),
                     color: EmbedColor.notice, fields: [
                         EmbedField(name: "Modified By", value: "<@\(actorID)>", inline: true),
                         EmbedField(name: "Changes", value: lines.isEmpty ? "No changes (already mapped)" : lines.joined(separator: "\n")),
                     ])
    }
}
