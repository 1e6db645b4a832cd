import BotKit
import CivilTime
import DiscordModels
import DiscordREST
import FeatureKit
import Logging
import Storage

/// Features behind a real router over a real database; Discord is the recording responder. Each
/// feature's tests assemble only the features they exercise.
public struct FeatureHarness: Sendable {
    /// The guild every interaction comes from.
    public static let guildID: Snowflake = 1000
    /// The application every interaction names.
    public static let applicationID: Snowflake = 77

    /// The database.
    public let store: TemporaryDatabase
    /// What the router answered.
    public let responder = RecordingResponder()
    /// Virtual time.
    public let clock = ManualBotClock(unixMilliseconds: 1_800_000_000_000)
    /// What the features were built over.
    public let environment: FeatureEnvironment
    /// The assembled features.
    public let features: FeatureSet
    /// The router over them.
    public let router: InteractionRouter

    /// Builds `features` over a fresh database; `heartbeat` is what `/ping` reads as the gateway's.
    public init(heartbeat: Duration? = nil, features: (FeatureEnvironment) -> [any Feature]) throws {
        store = try TemporaryDatabase(prefix: "features", synchronous: .full)
        // No request reaches this address in these tests (log channels stay unmapped); the
        // end-to-end tests cover Discord posts through the sandbox.
        let rest = DiscordREST(configuration: RESTConfiguration(apiBase: "http://127.0.0.1:9/api/v10", token: "test"))
        environment = FeatureEnvironment(database: store.database, rest: rest, clock: clock, guildID: Self.guildID,
                                         logger: Logger(label: "features-test"), heartbeatLatency: { heartbeat })
        self.features = FeatureSet(features(environment), environment: environment)
        router = InteractionRouter(catalog: self.features.catalog, routes: self.features.routes, responder: responder,
                                   sink: self.features.logSink, roles: self.features.roleMapping, clock: clock,
                                   logger: Logger(label: "features-test"))
    }

    /// Closes the database, removes its folder and stops the REST client's threads.
    public func stop() async {
        await store.remove()
        environment.rest.shutdown()
    }

    /// A guild member with `roles`, optionally a Discord administrator.
    public static func member(_ userID: Snowflake, roles: [Snowflake] = [], admin: Bool = false) -> Member {
        Member(user: User(id: userID, username: "user\(userID)"), roles: roles,
               permissions: admin ? [.administrator] : [.sendMessages])
    }

    /// A slash command interaction.
    public static func command(_ name: String, _ options: [CommandInteractionOption] = [],
                               resolved: ResolvedData? = nil, by member: Member, id: Snowflake = 1) -> Interaction {
        Interaction(id: id, applicationID: applicationID, type: .applicationCommand,
                    data: .applicationCommand(ApplicationCommandData(id: 500, name: name, options: options,
                                                                     resolved: resolved, guildID: guildID)),
                    guildID: guildID, channelID: 5, member: member, token: "interaction-token")
    }

    /// An autocomplete request with `typed` in the focused `option`.
    public static func autocomplete(_ name: String, option: String, typed: String, by member: Member) -> Interaction {
        let focused = CommandInteractionOption(name: option, type: .string, value: .string(typed), focused: true)
        return Interaction(id: 4, applicationID: applicationID, type: .applicationCommandAutocomplete,
                           data: .applicationCommand(ApplicationCommandData(id: 500, name: name, options: [focused])),
                           guildID: guildID, channelID: 5, member: member, token: "interaction-token")
    }

    /// A role option.
    public static func role(_ name: String, _ id: Snowflake) -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .role, value: .string(id.description))
    }

    /// A channel option.
    public static func channel(_ name: String, _ id: Snowflake) -> CommandInteractionOption {
        CommandInteractionOption(name: name, type: .channel, value: .string(id.description))
    }
}
