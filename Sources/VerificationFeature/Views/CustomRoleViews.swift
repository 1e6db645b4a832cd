import DiscordModels
import FeatureKit

/// Every custom-role message the bot draws (§7.7): the panel, the DM steps, the ticket, the outcomes.
enum CustomRoleViews {
    /// The panel in the role channel: title, description, steps, requirements, example, the button.
    static func panel(_ config: CustomRoleConfig, roleName: String) -> MessageCreate {
        var embed = Embed(title: "\(roleName) Role Verification", description: config.roleDescription, color: EmbedColor.information)
        embed.fields = [
            EmbedField(name: "How to get verified", value: """
                1. Press **Get Verified** below.
                2. I'll DM you: send one screenshot that meets the requirements.
                3. Staff review it; I'll DM you their decision.
                """, inline: false),
            EmbedField(name: "Requirements", value: String(config.instructions.prefix(1024)), inline: false),
        ]
        if let image = config.exampleImage {
            embed.image = EmbedMedia(url: image)
            embed.footer = EmbedFooter(text: "Example screenshot above")
        }
        return MessageCreate(embeds: [embed], components: [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Get Verified", customID: CustomRoleIDs.wire(CustomRoleIDs.getVerified, config.id))),
        ]))])
    }

    /// The first DM: what to send, how long I wait.
    static func instructions(_ config: CustomRoleConfig, roleName: String, guildName: String, minutes: Int) -> MessageCreate {
        var embed = Embed(title: "📷 \(roleName) Role Verification",
                          description: "Send one screenshot here for the **\(roleName)** role in **\(guildName)**.\n\n"
                              + "**Requirements**\n\(config.instructions)\n\nType `cancel` to stop. I'll wait \(minutes) minutes.",
                          color: EmbedColor.information)
        if let image = config.exampleImage { embed.image = EmbedMedia(url: image) }
        return MessageCreate(embeds: [embed])
    }

    /// The ticket in the verification channel, while in review (with Approve and Deny) or once
    /// decided or expired (without).
    static func ticket(_ session: CustomRoleSession, roleID: Snowflake, username: String) -> MessageCreate {
        let (title, color, verdict) = headline(session)
        var embed = Embed(title: title, description: "<@\(session.userID)> asks for <@&\(roleID)>." + verdict, color: color)
        embed.fields = [EmbedField(name: "User", value: "\(username) (\(session.userID))", inline: true)]
        if let screenshot = session.screenshotURL { embed.image = EmbedMedia(url: screenshot) }
        embed.footer = EmbedFooter(text: "User ID: \(session.userID) | Session ID: \(session.id)")
        let buttons: [Component] = session.status != .pendingReview ? [] : [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Approve", customID: CustomRoleIDs.wire(CustomRoleIDs.approve, session.id))),
            .button(Button(style: .danger, label: "Deny", customID: CustomRoleIDs.wire(CustomRoleIDs.deny, session.id))),
        ]))]
        return MessageCreate(embeds: [embed], components: buttons)
    }

    private static func headline(_ session: CustomRoleSession) -> (String, Int, String) {
        let reviewer = session.reviewerID.map { " by <@\($0)>" } ?? ""
        switch session.status {
        case .approved: return ("✅ Role Verification Approved", EmbedColor.success, "\nApproved\(reviewer); role granted.")
        case .denied:
            return ("❌ Role Verification Denied", EmbedColor.failure, "\nDenied\(reviewer).\nReason: \(session.denialReason ?? "none")")
        case .expired, .cancelled:
            return ("⌛ Role Verification Expired", EmbedColor.notice, "\nNo decision before the deadline; the member can start again.")
        case .pendingReview, .pendingScreenshot: return ("🎫 Role Verification Request", EmbedColor.information, "")
        }
    }

    /// The member's DM once decided.
    static func decision(_ session: CustomRoleSession, roleName: String, guildName: String) -> MessageCreate {
        switch session.status {
        case .approved:
            MessageCreate(embeds: [Embed(title: "✅ Role Verification Approved",
                                         description: "You now have the **\(roleName)** role in **\(guildName)**.", color: EmbedColor.success)])
        case .expired:
            MessageCreate(embeds: [Embed(title: "⌛ Role Verification Expired",
                                         description: "Staff did not review your **\(roleName)** request in **\(guildName)** within 7 days.\n"
                                             + "Press the button on the role panel to send it again.", color: EmbedColor.notice)])
        default:
            MessageCreate(embeds: [Embed(title: "❌ Role Verification Denied",
                                         description: "Staff denied your **\(roleName)** verification in **\(guildName)**.\n"
                                             + "Reason: \(session.denialReason ?? "none")", color: EmbedColor.failure)])
        }
    }

    /// The screenshot is with staff.
    static let submitted = Embed(title: "📨 Screenshot submitted", description: "Staff will review it; I'll DM you the decision.",
                                 color: EmbedColor.success)

    /// The member typed `cancel`.
    static let cancelled = Embed(title: "❌ Role verification cancelled",
                                 description: "Press the button on the role panel to start again.", color: EmbedColor.failure)

    /// A DM for a session that is over.
    static let sessionGone = Embed(title: "⌛ Role verification closed",
                                   description: "This request expired or ended. Press the button on the role panel to start again.",
                                   color: EmbedColor.notice)

    /// Text instead of a screenshot.
    static let askAgain = "❌ Send your screenshot as an image (png, jpg, gif or webp), or type `cancel`."

    /// A file that is not an image.
    static let notAnImage = "❌ That file isn't an image. Send a png, jpg, gif or webp screenshot, or type `cancel`."

    /// The verification channel is gone.
    static let channelGone = "❌ This role's verification channel is missing, so staff can't see your screenshot. "
        + "Contact staff; you can send it again once it's fixed."
}
