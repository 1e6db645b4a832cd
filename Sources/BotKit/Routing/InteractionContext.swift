import DiscordModels
import Logging
import CivilTime

/// What a handler gets: the interaction (already acknowledged), who sent it, the decoded custom_id,
/// and the ways to answer. Replies edit the acknowledged response; follow-ups add messages.
public final class InteractionContext: Sendable {
    /// The raw interaction.
    public let interaction: Interaction
    /// The invoking user's id.
    public let userID: Snowflake
    /// The invoker's roles and Administrator flag.
    public let standing: MemberStanding
    /// The decoded custom_id of a component or modal (nil for commands).
    public let customID: CustomID?
    /// A logger carrying `interaction.id` and the route.
    public let logger: Logger
    /// The clock, for rules that need time.
    public let clock: any BotClock
    let acknowledgement: AcknowledgementStyle
    private let responder: any InteractionResponder
    private let sink: any InteractionLogSink
    private let answered = LockedValue(false)

    init(interaction: Interaction, userID: Snowflake, customID: CustomID?, acknowledgement: AcknowledgementStyle,
         responder: any InteractionResponder, sink: any InteractionLogSink, clock: any BotClock, logger: Logger) {
        self.interaction = interaction
        self.userID = userID
        standing = interaction.member.map(MemberStanding.init(member:))
            ?? MemberStanding(roleIDs: [], isDiscordAdministrator: false)
        self.customID = customID
        self.acknowledgement = acknowledgement
        self.responder = responder
        self.sink = sink
        self.clock = clock
        self.logger = logger
    }

    /// The guild, absent in DMs.
    public var guildID: Snowflake? { interaction.guildID }

    /// The message a component sits on: look up which run it shows and refuse an id naming another
    /// (`customID.snowflake(0, matching:)`).
    public var sourceMessageID: Snowflake? { interaction.message?.id }

    /// The command's options (commands and autocomplete only).
    public var commandData: ApplicationCommandData? {
        if case .applicationCommand(let data)? = interaction.data { return data }
        return nil
    }

    /// Select values of a component interaction.
    public var selectedValues: [String] {
        if case .messageComponent(let data)? = interaction.data { return data.values ?? [] }
        return []
    }

    /// Text inputs of a modal submission, by custom_id.
    public var modalValues: [String: String] {
        if case .modalSubmit(let data)? = interaction.data { return data.textValues }
        return [:]
    }

    /// Replaces the acknowledged response: the deferred reply, or (after a deferred update) the clicked message.
    @discardableResult
    public func reply(_ reply: Reply) async throws -> Message {
        let message = try await responder.editOriginal(applicationID: interaction.applicationID,
                                                       token: interaction.token, reply.edit)
        answered.withLock { $0 = true }
        return message
    }

    /// Sends an additional message; ephemeral ones only the invoker sees.
    @discardableResult
    public func followUp(_ reply: Reply, ephemeral: Bool = true) async throws -> Message {
        let message = try await responder.createFollowup(applicationID: interaction.applicationID,
                                                         token: interaction.token, reply.followUp(ephemeral: ephemeral))
        answered.withLock { $0 = true }
        return message
    }

    /// Answers only the invoker, whatever the acknowledgement was: a public deferred reply is
    /// removed and replaced by an ephemeral follow-up (validation errors of public commands).
    public func replyPrivately(_ reply: Reply) async throws {
        switch acknowledgement {
        case .ephemeralReply:
            try await self.reply(reply)
        case .publicReply:
            try await responder.deleteOriginal(applicationID: interaction.applicationID, token: interaction.token)
            try await followUp(reply, ephemeral: true)
        case .update:
            try await followUp(reply, ephemeral: true)
        }
    }

    /// Records a state change in the audit trail (§10.7).
    public func audit(action: String, subject: String, metadataJSON: String = "{}") async {
        guard let guildID else { return }
        await sink.audit(AuditEntry(guildID: guildID, actorID: userID, action: action, subject: subject,
                                    metadataJSON: metadataJSON, createdAtUnixMilliseconds: clock.unixMilliseconds()))
    }

    /// Whether the handler already answered (then failures are sent as a follow-up).
    var hasAnswered: Bool { answered.withLock { $0 } }
}
