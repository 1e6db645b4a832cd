import DiscordModels

/// What a handler answers with: text, embeds and components. Mentions never ping unless asked.
public struct Reply: Hashable, Sendable {
    /// Text content.
    public var content: String?
    /// Embeds.
    public var embeds: [Embed]
    /// Components (action rows).
    public var components: [Component]
    /// Who may be pinged (nobody by default).
    public var allowedMentions: AllowedMentions

    /// Creates a reply.
    public init(content: String? = nil, embeds: [Embed] = [], components: [Component] = [],
                allowedMentions: AllowedMentions = .none) {
        self.content = content
        self.embeds = embeds
        self.components = components
        self.allowedMentions = allowedMentions
    }

    /// A text-only reply.
    public static func text(_ content: String) -> Reply { Reply(content: content) }

    /// The edit body replacing the original response entirely (also for refreshing a remembered panel).
    public var edit: MessageEdit {
        MessageEdit(content: content ?? "", embeds: embeds, components: components, allowedMentions: allowedMentions)
    }

    /// A follow-up body.
    func followUp(ephemeral: Bool) -> ExecuteWebhook {
        ExecuteWebhook(content: content, embeds: embeds.isEmpty ? nil : embeds,
                       components: components.isEmpty ? nil : components, allowedMentions: allowedMentions,
                       flags: ephemeral ? .ephemeral : nil)
    }

    /// An immediate ephemeral callback message (unknown components, modal-opening failures).
    var ephemeralCallback: InteractionCallbackMessage {
        InteractionCallbackMessage(content: content, embeds: embeds.isEmpty ? nil : embeds,
                                   components: components.isEmpty ? nil : components, flags: .ephemeral,
                                   allowedMentions: allowedMentions)
    }
}
