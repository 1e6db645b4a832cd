import DiscordModels
import FeatureKit

/// Every modmail message the bot draws: the DM prompts and preview, the ticket embed and its Close
/// button, the relayed and staff messages in the thread, the member's DMs about their ticket.
enum ModmailViews {
    /// The DM asking for the member's message.
    static func prompt(guildName: String, minutes: Int) -> MessageCreate {
        MessageCreate(embeds: [Embed(
            title: "📬 Contact the staff of \(guildName)",
            description: "Write your message to the staff in **one** message here (text up to 2000 characters, "
                + "attachments welcome). You'll see a preview before anything is sent. This waits \(minutes) minutes.",
            color: EmbedColor.information)])
    }

    /// The preview with Send and Cancel.
    static func preview(userID: Snowflake, content: String?, attachments: [String], guildName: String) -> MessageCreate {
        var embed = Embed(title: "📝 Preview of your modmail to \(guildName)", description: content ?? "*(no text)*",
                          color: EmbedColor.notice)
        embed.fields = attachmentField(attachments)
        embed.footer = EmbedFooter(text: "Send it to the staff, or cancel.")
        return MessageCreate(embeds: [embed], components: [.actionRow(ActionRow([
            .button(Button(style: .success, label: "Send", customID: ModmailIDs.confirm.wire([userID.description]))),
            .button(Button(style: .danger, label: "Cancel", customID: ModmailIDs.cancel.wire([userID.description]))),
        ]))])
    }

    /// The preview once sent.
    static func sent(ticketID: String) -> Embed {
        Embed(title: "✅ Modmail sent", description: "Your ticket is `\(ticketID)`. Staff will answer here; "
              + "anything else you DM me is added to the ticket.", color: EmbedColor.success)
    }

    /// The preview once cancelled.
    static let cancelled = Embed(title: "❌ Modmail cancelled", description: "Nothing was sent.", color: EmbedColor.failure)

    /// A preview whose draft is gone (expired, or sent from another click).
    static let expired = Embed(title: "⌛ Modmail draft closed", description: "Run `/modmail` to start again.",
                               color: EmbedColor.notice)

    /// The ticket embed in the modmail channel, with its Close button.
    static func ticket(id: String, userID: Snowflake, username: String, content: String, attachments: [String],
                       guildName: String) -> MessageCreate {
        var embed = Embed(title: "📬 New Modmail Ticket", description: content.isEmpty ? "*(no text)*" : content,
                          color: EmbedColor.information)
        embed.author = EmbedAuthor(name: "\(username) (\(userID))")
        embed.fields = [EmbedField(name: "Server", value: guildName, inline: true),
                        EmbedField(name: "Ticket ID", value: id, inline: true)] + attachmentField(attachments)
        if let image = attachments.first(where: isImage) { embed.image = EmbedMedia(url: image) }
        return MessageCreate(embeds: [embed], components: closeRow(id))
    }

    /// The Close button row of ticket `id`.
    static func closeRow(_ id: String) -> [Component] {
        [.actionRow(ActionRow([.button(Button(style: .danger, label: "Close Ticket", customID: ModmailIDs.close.wire([id])))]))]
    }

    /// The first message in a ticket's thread.
    static func threadIntro(userID: Snowflake, settings: ModmailSettings = ModmailSettings()) -> MessageCreate {
        guard settings.relayThreadMessages else {
            return MessageCreate(content: "📬 New Modmail from <@\(userID)>. Use `/modmailreply` in this thread to respond; "
                                 + "their later DMs appear here.")
        }
        return MessageCreate(content: "📬 New Modmail from <@\(userID)>. Use `/modmailreply` or simply write in this thread "
                             + "to respond (✅ marks what they received; start a message with `\(settings.ignorePrefix)` to keep "
                             + "it a staff note); their later DMs appear here.")
    }

    /// The longest embed description (Discord's limit).
    static let descriptionLimit = 4096
    /// The most text an embed's fields may add here, under Discord's 6000-character embed total.
    static let fieldBudget = 1500

    /// A staff member's plain thread message as DMed to the member: the `/modmailreply` embed, the
    /// attachments as links in its fields; links that do not fit follow as plain messages of up to
    /// 2000 characters. Every part carries a nonce derived from the thread message, so a repeat
    /// after a crash is deduplicated by Discord.
    static func staffMessageDM(_ message: PendingRelay, ticketID: String, guildName: String) -> [MessageCreate] {
        var text = message.content.isEmpty ? "*(attachments below)*" : message.content
        if text.count > descriptionLimit { text = String(text.prefix(descriptionLimit - 1)) + "…" }
        var embed = replyDM(text, ticketID: ticketID, guildName: guildName)
        var fieldValue = "", used = 0, overflow: [String] = []
        for (index, url) in message.attachments.enumerated() {
            let line = "[Attachment \(index + 1)](\(url))\n"
            if overflow.isEmpty && used + line.count <= fieldBudget && fieldValue.count + line.count <= 1024 {
                fieldValue += line
                used += line.count
            } else if overflow.isEmpty && used + line.count <= fieldBudget && line.count <= 1024 {
                embed.fields = (embed.fields ?? []) + [EmbedField(name: "Attachments", value: fieldValue)]
                fieldValue = line
                used += line.count
            } else {
                overflow.append("Attachment \(index + 1): \(url)")
            }
        }
        if !fieldValue.isEmpty { embed.fields = (embed.fields ?? []) + [EmbedField(name: "Attachments", value: fieldValue)] }
        var parts = [MessageCreate(embeds: [embed], nonce: "ms\(message.messageID)", enforceNonce: true)]
        var chunk = ""
        for line in overflow {
            let piece = String(line.prefix(2000))
            if !chunk.isEmpty && chunk.count + 1 + piece.count > 2000 {
                parts.append(MessageCreate(content: chunk, nonce: "ms\(message.messageID)-\(parts.count)", enforceNonce: true))
                chunk = ""
            }
            chunk += chunk.isEmpty ? piece : "\n" + piece
        }
        if !chunk.isEmpty {
            parts.append(MessageCreate(content: chunk, nonce: "ms\(message.messageID)-\(parts.count)", enforceNonce: true))
        }
        return parts
    }

    /// The thread's reply to a staff message the member could not be sent (given up, not retried).
    static func notDelivered(_ messageID: Snowflake, userID: Snowflake, dmsClosed: Bool) -> MessageCreate {
        let why = dmsClosed ? "<@\(userID)> doesn't accept DMs from me (their DMs are closed or they left the server)"
            : "Discord refused to DM <@\(userID)>"
        return MessageCreate(content: "⚠️ Not delivered: \(why). Nothing was sent and it won't be retried; "
                             + "it is kept in the ticket's history.",
                             nonce: "mf\(messageID)", enforceNonce: true,
                             messageReference: MessageReference(messageID: messageID, failIfNotExists: false))
    }

    /// The thread's reply to a staff message whose DM kept failing on Discord's side until the
    /// outbox stopped retrying.
    static func notDeliveredYet(_ messageID: Snowflake) -> MessageCreate {
        MessageCreate(content: "⚠️ Not delivered yet: Discord kept failing when I tried to DM this. It is kept and goes "
                      + "to the member with the ticket's next staff message (or `/modmailreply`).",
                      nonce: "ms\(messageID)", enforceNonce: true,
                      messageReference: MessageReference(messageID: messageID, failIfNotExists: false))
    }

    /// The thread's reply to a staff message that arrived without text or attachments.
    static func contentMissing(_ messageID: Snowflake) -> MessageCreate {
        MessageCreate(content: "⚠️ Not relayed: Discord sent me this message without its text. The bot's **Message Content "
                      + "Intent** must be enabled in the Developer Portal for plain thread messages to reach the member; "
                      + "until then use `/modmailreply`.",
                      nonce: "mc\(messageID)", enforceNonce: true,
                      messageReference: MessageReference(messageID: messageID, failIfNotExists: false))
    }

    /// A member's later DM, relayed into the thread (attachments as links).
    static func relayed(_ message: PendingRelay, userID: Snowflake) -> MessageCreate {
        var embed = Embed(title: "💬 Member", description: message.content.isEmpty ? "*(no text)*" : message.content,
                          color: EmbedColor.information)
        embed.fields = attachmentField(message.attachments)
        embed.footer = EmbedFooter(text: "From \(userID)")
        return MessageCreate(embeds: [embed], nonce: "mm\(message.messageID)", enforceNonce: true)
    }

    /// A staff reply as posted in the thread.
    static func staffReply(_ text: String, staffName: String) -> Embed {
        Embed(title: "📨 \(staffName) (Staff)", description: text, color: EmbedColor.success)
    }

    /// The bot_log entry of a staff reply.
    static func replyLog(_ ticket: TicketRecord, staffID: Snowflake) -> Embed {
        Embed(title: "✅ Command: /modmailreply", color: EmbedColor.success,
              fields: [EmbedField(name: "Ticket", value: ticket.id, inline: true),
                       EmbedField(name: "Member", value: "<@\(ticket.userID)>", inline: true),
                       EmbedField(name: "Staff", value: "<@\(staffID)>", inline: true)])
    }

    /// A staff reply as DMed to the member.
    static func replyDM(_ text: String, ticketID: String, guildName: String) -> Embed {
        var embed = Embed(title: "📨 Staff Reply to Your Modmail", description: text, color: EmbedColor.success)
        embed.footer = EmbedFooter(text: "\(guildName) · \(ticketID) · reply by DMing me")
        return embed
    }

    /// The member's DM when their ticket is closed.
    static func closedDM(ticketID: String, closerName: String) -> Embed {
        Embed(title: "🔒 Modmail Ticket Closed", description: "Ticket `\(ticketID)` was closed by \(closerName).",
              color: EmbedColor.failure)
    }

    /// The thread's note when the ticket is closed.
    static func closedNote(closerID: Snowflake) -> MessageCreate {
        MessageCreate(content: "🔒 Ticket closed by <@\(closerID)>. Later DMs from the member are no longer relayed.")
    }

    /// A blacklist change, for the answer and punishment_log.
    static func blacklist(_ userID: Snowflake, reason: String, by actor: Snowflake, lifted: Bool) -> Embed {
        Embed(title: lifted ? "✅ Modmail Blacklist Lifted" : "🚫 Modmail Blacklist",
              color: lifted ? EmbedColor.success : EmbedColor.failure,
              fields: [EmbedField(name: "Member", value: "<@\(userID)>", inline: true),
                       EmbedField(name: "By", value: "<@\(actor)>", inline: true),
                       EmbedField(name: "Reason", value: reason)])
    }

    private static func attachmentField(_ urls: [String]) -> [EmbedField] {
        guard !urls.isEmpty else { return [] }
        var value = ""
        for (index, url) in urls.enumerated() {
            let line = "[Attachment \(index + 1)](\(url))\n"
            guard value.count + line.count <= 1024 else { break }
            value += line
        }
        return [EmbedField(name: "Attachments", value: value.isEmpty ? "(links too long)" : value)]
    }

    private static func isImage(_ url: String) -> Bool {
        let path = url.split(separator: "?").first.map(String.init)?.lowercased() ?? ""
        return [".png", ".jpg", ".jpeg", ".gif", ".webp"].contains { path.hasSuffix($0) }
    }
}
