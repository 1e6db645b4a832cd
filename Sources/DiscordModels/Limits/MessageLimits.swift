/// Discord's documented limits on outgoing bodies (discord-api.md §2.6, §3), checked before sending
/// so a bad body fails locally with an error naming the limit instead of a 50035 from Discord.
/// Text is measured in UTF-16 code units, which is never less than what Discord counts.
public enum MessageLimits {
    /// Message content characters.
    public static let content = 2000
    /// Embeds per message.
    public static let embeds = 10
    /// Embed title characters.
    public static let embedTitle = 256
    /// Embed description characters.
    public static let embedDescription = 4096
    /// Fields per embed.
    public static let embedFields = 25
    /// Embed field name characters.
    public static let embedFieldName = 256
    /// Embed field value characters.
    public static let embedFieldValue = 1024
    /// Embed footer text characters.
    public static let embedFooter = 2048
    /// Embed author name characters.
    public static let embedAuthor = 256
    /// Sum of title, description, field names/values, footer and author over all embeds.
    public static let embedTotal = 6000
    /// Top-level action rows in a legacy (non-V2) message.
    public static let actionRows = 5
    /// Components in an action row (buttons; a select fills the row alone).
    public static let rowComponents = 5
    /// Components in total in a Components V2 message.
    public static let componentsV2Total = 40
    /// custom_id characters (minimum 1).
    public static let customID = 100
    /// Button label characters.
    public static let buttonLabel = 80
    /// Link button URL characters.
    public static let buttonURL = 512
    /// Options in a string select.
    public static let selectOptions = 25
    /// Select option label, value and description characters.
    public static let selectOptionText = 100
    /// Select placeholder characters.
    public static let selectPlaceholder = 150
    /// Select min_values/max_values upper bound.
    public static let selectValues = 25
    /// Modal title characters.
    public static let modalTitle = 45
    /// Inputs (top-level components) in a modal, as documented (the spec allows 40).
    public static let modalComponents = 5
    /// Modal label characters.
    public static let labelText = 45
    /// Modal label description characters.
    public static let labelDescription = 100
    /// Text input value, min_length and max_length bound.
    public static let textInputValue = 4000
    /// Text input placeholder characters.
    public static let textInputPlaceholder = 100
    /// Autocomplete choices, command options and command choices.
    public static let choices = 25
    /// Choice name characters; also string choice value characters.
    public static let choiceText = 100
    /// allowed_mentions users or roles.
    public static let allowedMentionIDs = 100
    /// nonce characters.
    public static let nonce = 25
    /// Webhook username characters.
    public static let webhookUsername = 80
    /// Command name characters.
    public static let commandName = 32
    /// Command and option description characters.
    public static let commandDescription = 100
    /// Chat-input commands per scope.
    public static let chatInputCommands = 100
    /// User or message commands per scope.
    public static let contextMenuCommands = 15
    /// String option min_length/max_length bound.
    public static let optionLength = 6000
    /// Combined name, description and choice characters of one command.
    public static let commandTotal = 8000

    /// Checks any outgoing message body (create, edit, webhook, interaction message data).
    public static func validate(_ message: some OutgoingMessage) throws {
        try throwing { $0.checkMessage(message, at: "") }
    }

    /// Checks an interaction response: its message, autocomplete choices or modal.
    public static func validate(_ response: InteractionResponse) throws {
        try throwing { $0.checkResponse(response) }
    }

    /// Checks a modal.
    public static func validate(_ modal: Modal) throws {
        try throwing { $0.checkModal(modal, at: "") }
    }

    /// Checks a bulk-overwrite command list.
    public static func validate(_ commands: [ApplicationCommand]) throws {
        try throwing { $0.checkCommands(commands) }
    }

    /// Every violation in a message body, for callers that want them all without throwing.
    public static func violations(in message: some OutgoingMessage) -> [LimitViolation] {
        var checker = LimitChecker()
        checker.checkMessage(message, at: "")
        return checker.violations
    }

    private static func throwing(_ check: (inout LimitChecker) -> Void) throws {
        var checker = LimitChecker()
        check(&checker)
        guard !checker.violations.isEmpty else { return }
        let message = checker.violations.map(\.description).joined(separator: "; ")
        throw DiscordModelsError(.limitExceeded, message, violations: checker.violations)
    }
}
