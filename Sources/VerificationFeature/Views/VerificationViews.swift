import DiscordModels
import FeatureKit

/// Every verification message the bot draws: the panel, the DM steps, the outcomes.
enum VerificationViews {
    /// The "Get Verified" panel (§7.2): fixed explanation, optional custom message and image.
    static func panel(message: String?, image: String?) -> MessageCreate {
        var embed = Embed(title: "🎯 Get Verified", description: [
            "Press **Get Verified** to prove you own your Realm of the Mad God character.",
            "I'll DM you the steps: put a code in your RealmEye description, then press **Done**.",
            "You'll get the raider role and your in-game name as nickname.",
        ].joined(separator: "\n") + (message.map { "\n\n" + $0 } ?? ""), color: EmbedColor.information)
        if let image { embed.image = EmbedMedia(url: image) }
        return MessageCreate(embeds: [embed], components: [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Get Verified", customID: VerificationIDs.getVerified.wire([]))),
        ]))])
    }

    /// The first DM: choose a method, or cancel.
    static func started(userID: Snowflake, guildName: String) -> MessageCreate {
        MessageCreate(embeds: [Embed(
            title: "🎮 Verification Started",
            description: "Verify for **\(guildName)** with **RealmEye** (you put a code in your RealmEye "
                + "description and I check it) or with a **Manual Screenshot** staff review. The session expires in 1 hour.",
            color: EmbedColor.information)],
            components: [.actionRow(ActionRow([
                .button(Button(style: .primary, label: "RealmEye", customID: VerificationIDs.realmEye.wire([userID.description]))),
                .button(Button(style: .secondary, label: "Manual Screenshot", customID: VerificationIDs.manual.wire([userID.description]))),
                .button(Button(style: .danger, label: "Cancel", customID: VerificationIDs.cancel.wire([userID.description]))),
            ]))])
    }

    /// The manual method's instructions (the guild's own, or the default), after the IGN.
    static func manualInstructions(_ custom: String?, image: String?, minutes: Int) -> MessageCreate {
        var embed = Embed(title: "📷 Manual Verification", description: (custom ?? """
            Send one screenshot here showing:
            • your character in your vault,
            • your Discord tag typed in the game chat,
            • your IGN visible,
            full screen and unedited.
            """) + "\n\nType `cancel` to stop. I'll wait \(minutes) minutes.", color: EmbedColor.information)
        if let image { embed.image = EmbedMedia(url: image) }
        return MessageCreate(embeds: [embed])
    }

    /// The ticket of a manual verification, with the screenshot, Approve and Deny.
    static func manualTicket(userID: Snowflake, username: String, ign: String, screenshot: String) -> MessageCreate {
        var embed = Embed(title: "🎫 Manual Verification Request", description: "<@\(userID)> asks to verify as **\(ign)**.",
                          color: EmbedColor.information)
        embed.fields = [EmbedField(name: "User", value: "\(username) (\(userID))", inline: true),
                        EmbedField(name: "IGN", value: ign, inline: true)]
        embed.image = EmbedMedia(url: screenshot)
        return MessageCreate(embeds: [embed], components: reviewButtons(userID))
    }

    /// The screenshot is with staff.
    static let screenshotSubmitted = Embed(title: "📨 Screenshot submitted",
                                           description: "Staff will review it; I'll DM you the decision.", color: EmbedColor.success)

    /// Step 1: the IGN.
    static func askIGN(minutes: Int) -> MessageCreate {
        MessageCreate(embeds: [Embed(
            title: "Step 1: What's your ROTMG IGN?",
            description: "Type your in-game name here (letters, digits, spaces, `_` or `-`, at most 16). "
                + "Type `cancel` to stop. I'll wait \(minutes) minutes.",
            color: EmbedColor.information)])
    }

    /// Step 2: the code, the link, Done and Cancel (§7.3).
    static func addCode(userID: Snowflake, ign: String, code: String, link: String, image: String?) -> MessageCreate {
        var embed = Embed(title: "📝 Add Code to RealmEye", description: """
            Put this code anywhere in your RealmEye description:
            ```
            \(code)
            ```
            1. Log in at \(link)
            2. Edit your description and paste the code into any of its lines, then save.
            3. Press **Done** below.

            Expires in 1 hour.
            """, color: EmbedColor.notice)
        embed.footer = EmbedFooter(text: "IGN: \(ign)")
        if let image { embed.image = EmbedMedia(url: image) }
        return MessageCreate(embeds: [embed], components: [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Done", customID: VerificationIDs.done.wire([userID.description]))),
            .button(Button(style: .danger, label: "Cancel", customID: VerificationIDs.cancel.wire([userID.description]))),
        ]))])
    }

    /// Verified: what was applied.
    static func verified(ign: String, guildName: String) -> Embed {
        Embed(title: "✅ Verified!", description: "You are verified in **\(guildName)** as **\(ign)**: "
              + "role ✅, nickname ✅.", color: EmbedColor.success)
    }

    /// Sent to staff review with the requirements failed.
    static func sentToReview(_ failures: [RequirementFailure]) -> Embed {
        Embed(title: "🕐 Sent to staff review", description: "Your code checks out, but your profile does not meet "
              + "this server's requirements:\n" + bulleted(failures) + "\nStaff will review your application.",
              color: EmbedColor.notice)
    }

    /// The ticket in `manual_verification` listing the failed requirements.
    static func reviewTicket(userID: Snowflake, username: String, ign: String, link: String,
                             failures: [RequirementFailure]) -> MessageCreate {
        var embed = Embed(title: "🎫 Verification Review: requirements not met",
                          description: "<@\(userID)> proved ownership of **\(ign)** on RealmEye, but failed:\n"
                              + bulleted(failures), color: EmbedColor.notice)
        embed.fields = [EmbedField(name: "User", value: "\(username) (\(userID))", inline: true),
                        EmbedField(name: "IGN", value: ign, inline: true),
                        EmbedField(name: "RealmEye", value: link, inline: false)]
        return MessageCreate(embeds: [embed], components: reviewButtons(userID))
    }

    /// Approve and Deny for `userID`'s review.
    static func reviewButtons(_ userID: Snowflake) -> [Component] {
        [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Approve", customID: VerificationIDs.approve.wire([userID.description]))),
            .button(Button(style: .danger, label: "Deny", customID: VerificationIDs.deny.wire([userID.description]))),
        ]))]
    }

    /// The ticket once approved.
    static func approved(userID: Snowflake, ign: String, reviewer: Snowflake, nicknameSet: Bool) -> Embed {
        Embed(title: "✅ Verification Approved", description: "<@\(userID)> verified as **\(ign)** by <@\(reviewer)>: "
              + "role ✅, nickname \(nicknameSet ? "✅" : "❌").", color: EmbedColor.success)
    }

    /// The ticket once denied.
    static func deniedTicket(userID: Snowflake, reason: String, reviewer: Snowflake) -> Embed {
        Embed(title: "❌ Verification Denied", description: "<@\(userID)> denied by <@\(reviewer)>.\nReason: \(reason)",
              color: EmbedColor.failure)
    }

    /// The member's DM when denied.
    static func denied(reason: String) -> Embed {
        Embed(title: "❌ Verification Denied", description: "Staff denied your verification.\nReason: \(reason)",
              color: EmbedColor.failure)
    }

    /// The session ended by the member.
    static let cancelled = Embed(title: "❌ Verification cancelled", description: "Press Get Verified to start again.",
                                 color: EmbedColor.failure)

    /// A session that is over (expired, or finished elsewhere).
    static let sessionGone = Embed(title: "⌛ Verification session closed",
                                   description: "This session expired or ended. Press Get Verified on the server to start again.",
                                   color: EmbedColor.notice)

    private static func bulleted(_ failures: [RequirementFailure]) -> String {
        failures.map { "• " + $0.reason }.joined(separator: "\n")
    }
}
