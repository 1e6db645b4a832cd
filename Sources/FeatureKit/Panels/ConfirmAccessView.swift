import BotKit
import DiscordModels

/// The orange "Confirm Access" step (§2.2, §2.4) shown to staff who open the organizer panel of
/// someone else's run or headcount: they confirm they mean to manage it, and the access is audited.
public enum ConfirmAccessView {
    public static func reply(owner: UInt64, what: String, confirmID: String, denyID: String) -> Reply {
        let embed = Embed(title: "Confirm Access", description: """
            This is <@\(owner)>'s \(what). Open its organizer panel and manage it as staff? The access is logged.
            """, color: 0xFFA500)
        return Reply(embeds: [embed], components: [.actionRow(ActionRow([
            .button(Button(style: .primary, label: "Confirm", customID: confirmID)),
            .button(Button(style: .secondary, label: "Deny", customID: denyID)),
        ]))])
    }
}
