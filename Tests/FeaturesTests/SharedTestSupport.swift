import BotKit
import TestSupport
import DiscordModels
import DiscordREST
import Foundation
import Logging
import Storage
import Testing
@testable import Features
import CivilTime

/// A real SQLite file with the bundled migrations, in its own temporary folder.
struct SharedTestDatabase {
    let folder: String
    let database: Database

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("features-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = try Database(configuration: DatabaseConfiguration(path: "\(folder)/raidbot.sqlite", readerCount: 2),
                                migrations: try Migration.bundled)
    }

    /// Closes the database and removes the folder.
    func remove() async {
        await database.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Counts rows of a query.
    func count(_ sql: String) async throws -> Int {
        try await database.read { try $0.fetchValue(sql, as: Int.self) ?? 0 }
    }
}

/// The Discord boundary of the router: records every answer, in order.
actor SharedRecordingResponder: InteractionResponder {
    enum Call: Equatable {
        case callback(InteractionResponse)
        case editOriginal(MessageEdit)
        case deleteOriginal
        case followUp(ExecuteWebhook)
    }

    private(set) var calls: [Call] = []

    func interactionCallback(id: Snowflake, token: String, response: InteractionResponse) async throws {
        calls.append(.callback(response))
    }

    func editOriginal(applicationID: Snowflake, token: String, _ edit: MessageEdit) async throws -> Message {
        calls.append(.editOriginal(edit))
        return Message(id: 900, channelID: 5, author: nil, content: edit.content ?? "")
    }

    func deleteOriginal(applicationID: Snowflake, token: String) async throws { calls.append(.deleteOriginal) }

    func createFollowup(applicationID: Snowflake, token: String, _ message: ExecuteWebhook) async throws -> Message {
        calls.append(.followUp(message))
        return Message(id: 901, channelID: 5, author: nil, content: message.content ?? "")
    }

    /// The last edit of the original response.
    var lastEdit: MessageEdit? {
        for case .editOriginal(let edit) in calls.reversed() { return edit }
        return nil
    }

    /// Every autocomplete choice list sent.
    var autocompleteChoices: [[ApplicationCommandOptionChoice]] {
        calls.compactMap { call in
            guard case .callback(let response) = call, case .autocomplete(let choices)? = response.data else { return nil }
            return choices
        }
    }
}

/// The whole feature set behind a real router, over a real database; Discord is the recording responder.
struct SharedFeatureHarness {
    static let guildID: Snowflake = 1000
    static let applicationID: Snowflake = 77

    let store: SharedTestDatabase
    let responder = SharedRecordingResponder()
    let clock = ManualBotClock(unixMilliseconds: 1_800_000_000_000)
    let environment: FeatureEnvironment
    let features: FeatureSet
    let router: InteractionRouter

    init(heartbeat: Duration? = nil) throws {
        store = try SharedTestDatabase()
        // No request reaches this address in these tests (log channels stay unmapped); the
        // end-to-end tests cover Discord posts through the sandbox.
        let rest = DiscordREST(configuration: RESTConfiguration(apiBase: "http://127.0.0.1:9/api/v10", token: "test"))
        environment = FeatureEnvironment(database: store.database, rest: rest, clock: clock, guildID: Self.guildID,
                                         logger: Logger(label: "features-test"), heartbeatLatency: { heartbeat })
        features = FeatureAssembly.assemble(environment)
        router = InteractionRouter(catalog: features.catalog, routes: features.routes, responder: responder,
                                   sink: features.logSink, roles: features.roleMapping, clock: clock,
                                   logger: Logger(label: "features-test"))
    }

    /// Closes the database, removes its folder and stops the REST client's threads.
    func stop() async {
        await store.remove()
        environment.rest.shutdown()
    }

    static func member(_ userID: Snowflake, roles: [Snowflake] = [], admin: Bool = false) -> Member {
        Member(user: User(id: userID, username: "user\(userID)"), roles: roles,
               permissions: admin ? [.administrator] : [.sendMessages])
    }

    static func command(_ name: String, _ options: [CommandInteractionOption] = [], resolved: ResolvedData? = nil,
                        by member: Member, id: Snowflake = 1) -> Interaction {
        Interaction(id: id, applicationID: applicationID, type: .applicationCommand,
                    data: .applicationCommand(ApplicationCommandData(id: 500, name: name, options: options,
                                                                     resolved: resolved, guildID: guildID)),
                    guildID: guildID, channelID: 5, member: member, token: "interaction-token")
    }

    static func autocomplete(_ name: String, option: String, typed: String, by member: Member) -> Interaction {
        let focused = CommandInteractionOption(name: option, type: .string, value: .string(typed), focused: true)
        return Interaction(id: 4, applicationID: applicationID, type: .applicationCommandAutocomplete,
                           data: .applicationCommand(ApplicationCommandData(id: 500, name: name, options: [focused])),
                           guildID: guildID, channelID: 5, member: member, token: "interaction-token")
    }

    static func role(_ name: String, _ id: Snowflake) -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .role, value: .string(id.description))
    }

    static func channel(_ name: String, _ id: Snowflake) -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .channel, value: .string(id.description))
    }
}
