import DiscordModels
import FeatureKit

/// The veri_log lines (§7.8): "🎮 Verification Session Started" opening a thread, then "📝 msg" or a
/// red "❌ msg", with the screenshot when there is one.
enum VerificationLogViews {
    static func line(_ entry: VerificationLogEntry) -> MessageCreate {
        let event = entry.event
        var embed: Embed
        if entry.startsThread {
            embed = Embed(title: "🎮 Verification Session Started", description: "<@\(event.userID)>: \(event.message)",
                          color: EmbedColor.information)
        } else if event.isFailure {
            embed = Embed(description: "❌ \(event.message)", color: EmbedColor.failure)
        } else {
            embed = Embed(description: "📝 \(event.message)", color: EmbedColor.information)
        }
        embed.footer = EmbedFooter(text: "User ID: \(event.userID)")
        if let image = event.image { embed.image = EmbedMedia(url: image) }
        return MessageCreate(embeds: [embed], allowedMentions: AllowedMentions.none)
    }
}
