import TestSupport
import DiscordModels
import Logging
@testable import BotKit
import CivilTime

/// Keeps command-log and audit rows in memory.
actor MemorySink: InteractionLogSink {
    private(set) var entries: [CommandLogEntry] = []
    private(set) var audits: [AuditEntry] = []
    func record(_ entry: CommandLogEntry) async { entries.append(entry) }
    func audit(_ entry: AuditEntry) async { audits.append(entry) }
}

/// A fixed role mapping (organizer 20, moderator 60).
struct FixedRoles: RoleMappingSource {
    var mapping = RoleMapping([.organizer: 20, .moderator: 60])
    func roleMapping(guildID: Snowflake) async throws -> RoleMapping { mapping }
}

enum Fixture {
    static let guild: Snowflake = 1000

    static func member(_ userID: Snowflake, roles: [Snowflake] = [], admin: Bool = false) -> Member {
        Member(user: User(id: userID, username: "user\(userID)"), roles: roles,
               permissions: admin ? [.administrator] : [.sendMessages])
    }

    static func command(_ name: String, options: [CommandInteractionOption] = [], by member: Member,
                        id: Snowflake = 1) -> Interaction {
        Interaction(id: id, applicationID: 77, type: .applicationCommand,
                    data: .applicationCommand(ApplicationCommandData(id: 500, name: name, options: options)),
                    guildID: guild, channelID: 5, member: member, token: "secret-token")
    }

    static func click(_ customID: String, by member: Member, id: Snowflake = 2) -> Interaction {
        Interaction(id: id, applicationID: 77, type: .messageComponent,
                    data: .messageComponent(MessageComponentData(customID: customID, componentType: .button)),
                    guildID: guild, channelID: 5, member: member, token: "secret-token")
    }

    static func submit(_ customID: String, fields: [String: String], by member: Member) -> Interaction {
        let inputs = fields.map { Component.actionRow(ActionRow([.textInput(TextInput(customID: $0.key, style: .short, value: $0.value))])) }
        return Interaction(id: 3, applicationID: 77, type: .modalSubmit,
                           data: .modalSubmit(ModalSubmitData(customID: customID, components: inputs)),
                           guildID: guild, channelID: 5, member: member, token: "secret-token")
    }

    static func autocomplete(_ name: String, typed: String, by member: Member) -> Interaction {
        let option = CommandInteractionOption(name: "dungeon", type: .string, value: .string(typed), focused: true)
        return Interaction(id: 4, applicationID: 77, type: .applicationCommandAutocomplete,
                           data: .applicationCommand(ApplicationCommandData(id: 500, name: name, options: [option])),
                           guildID: guild, channelID: 5, member: member, token: "secret-token")
    }

    static func router(_ catalog: CommandCatalog, _ routes: InteractionRoutes, responder: RecordingResponder,
                       sink: MemorySink, clock: ManualBotClock = ManualBotClock(),
                       outcomes: Outcomes? = nil) -> InteractionRouter {
        InteractionRouter(catalog: catalog, routes: routes, responder: responder, sink: sink, roles: FixedRoles(),
                          clock: clock, logger: Logger(label: "test")) { outcomes?.continuation.yield($0) }
    }
}

/// Collects router outcomes in order.
final class Outcomes: Sendable {
    let stream: AsyncStream<InteractionOutcome>
    let continuation: AsyncStream<InteractionOutcome>.Continuation

    init() { (stream, continuation) = AsyncStream.makeStream() }

    /// The outcomes emitted so far (the router emits synchronously before `handle` returns).
    func drain() async -> [InteractionOutcome] {
        continuation.finish()
        var all: [InteractionOutcome] = []
        for await outcome in stream { all.append(outcome) }
        return all
    }
}
