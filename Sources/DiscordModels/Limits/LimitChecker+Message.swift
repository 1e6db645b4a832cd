extension LimitChecker {
    /// Content, embeds, allowed mentions and components of any outgoing message.
    mutating func checkMessage(_ message: some OutgoingMessage, at path: String) {
        length(message.content, max: MessageLimits.content, limit: "content", at: join(path, "content"))
        if let embeds = message.embeds { checkEmbeds(embeds, at: join(path, "embeds")) }
        if let mentions = message.allowedMentions { checkAllowedMentions(mentions, at: join(path, "allowed_mentions")) }
        if let components = message.components {
            let isV2 = message.flags?.contains(.isComponentsV2) ?? false
            checkMessageComponents(components, componentsV2: isV2, at: join(path, "components"))
        }
        checkComponentsV2Exclusions(message, at: path)
        if let create = message as? MessageCreate {
            length(create.nonce, max: MessageLimits.nonce, limit: "nonce", at: join(path, "nonce"))
            count(create.stickerIDs?.count ?? 0, max: 3, limit: "sticker_ids", at: join(path, "sticker_ids"))
            checkNotEmpty(message, extraParts: create.stickerIDs?.count ?? 0, at: path)
        }
        if let webhook = message as? ExecuteWebhook {
            length(webhook.username, min: 1, max: MessageLimits.webhookUsername, limit: "username", at: join(path, "username"))
            checkNotEmpty(message, extraParts: 0, at: path)
        }
    }

    /// A new message needs content, an embed, a component or a sticker (Discord error 50006).
    mutating func checkNotEmpty(_ message: some OutgoingMessage, extraParts: Int, at path: String) {
        let parts = (message.content?.isEmpty == false ? 1 : 0) + (message.embeds?.count ?? 0)
            + (message.components?.count ?? 0) + extraParts
        count(parts, min: 1, max: Int.max, limit: "message.parts", at: path.isEmpty ? "(message)" : path)
    }

    /// With the Components V2 flag, content and embeds are not allowed.
    private mutating func checkComponentsV2Exclusions(_ message: some OutgoingMessage, at path: String) {
        guard message.flags?.contains(.isComponentsV2) == true else { return }
        count(message.content?.isEmpty == false ? 1 : 0, max: 0, limit: "components_v2.content", at: join(path, "content"))
        count(message.embeds?.count ?? 0, max: 0, limit: "components_v2.embeds", at: join(path, "embeds"))
    }

    /// Per-embed limits and the 6000-character total over all embeds.
    mutating func checkEmbeds(_ embeds: [Embed], at path: String) {
        count(embeds.count, max: MessageLimits.embeds, limit: "embeds", at: path)
        for (index, embed) in embeds.enumerated() {
            checkEmbed(embed, at: "\(path)[\(index)]")
        }
        let total = embeds.reduce(0) { $0 + $1.countedLength }
        count(total, max: MessageLimits.embedTotal, limit: "embeds.total", at: path)
    }

    private mutating func checkEmbed(_ embed: Embed, at path: String) {
        length(embed.title, max: MessageLimits.embedTitle, limit: "embed.title", at: join(path, "title"))
        length(embed.description, max: MessageLimits.embedDescription, limit: "embed.description", at: join(path, "description"))
        length(embed.footer?.text, max: MessageLimits.embedFooter, limit: "embed.footer.text", at: join(path, "footer.text"))
        length(embed.author?.name, max: MessageLimits.embedAuthor, limit: "embed.author.name", at: join(path, "author.name"))
        guard let fields = embed.fields else { return }
        count(fields.count, max: MessageLimits.embedFields, limit: "embed.fields", at: join(path, "fields"))
        for (index, field) in fields.enumerated() {
            let fieldPath = join(path, "fields[\(index)]")
            length(field.name, min: 1, max: MessageLimits.embedFieldName, limit: "embed.field.name", at: join(fieldPath, "name"))
            length(field.value, min: 1, max: MessageLimits.embedFieldValue, limit: "embed.field.value", at: join(fieldPath, "value"))
        }
    }

    /// ≤100 ids each, and an id list excludes parsing that kind ("users" in parse plus `users` is an error).
    private mutating func checkAllowedMentions(_ mentions: AllowedMentions, at path: String) {
        count(mentions.users?.count ?? 0, max: MessageLimits.allowedMentionIDs, limit: "allowed_mentions.users", at: join(path, "users"))
        count(mentions.roles?.count ?? 0, max: MessageLimits.allowedMentionIDs, limit: "allowed_mentions.roles", at: join(path, "roles"))
        for kind in ["users", "roles"] where mentions.parse.contains(kind) {
            let listed = (kind == "users" ? mentions.users : mentions.roles)?.isEmpty == false
            count(listed ? 1 : 0, max: 0, limit: "allowed_mentions.\(kind)_with_parse", at: join(path, kind))
        }
    }

    /// The message, choices or modal of an interaction response.
    mutating func checkResponse(_ response: InteractionResponse) {
        switch response.data {
        case .message(let message):
            checkMessage(message, at: "data")
            if response.type == .channelMessageWithSource { checkNotEmpty(message, extraParts: 0, at: "data") }
        case .modal(let modal): checkModal(modal, at: "data")
        case .autocomplete(let choices): checkChoices(choices, at: "data.choices")
        case .unknown, nil: break
        }
    }

    /// Autocomplete results or fixed option choices.
    mutating func checkChoices(_ choices: [ApplicationCommandOptionChoice], at path: String) {
        count(choices.count, max: MessageLimits.choices, limit: "choices", at: path)
        for (index, choice) in choices.enumerated() {
            let choicePath = "\(path)[\(index)]"
            length(choice.name, min: 1, max: MessageLimits.choiceText, limit: "choice.name", at: join(choicePath, "name"))
            length(choice.value.stringValue, max: MessageLimits.choiceText, limit: "choice.value", at: join(choicePath, "value"))
        }
    }
}
