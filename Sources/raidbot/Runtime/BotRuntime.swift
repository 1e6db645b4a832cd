import BotKit
import DiscordGateway
import DiscordModels
import DiscordREST
import FeatureKit
import Logging
import RealmEye
import ServiceLifecycle
import Storage
import CivilTime

/// The running bot: every long-lived part wired together and run as one `ServiceGroup`.
///
/// The composition root and nothing else: it builds the store, the REST client, the gateway, the
/// router over the features, and the scheduler, and owns the database lock for its lifetime so
/// `raidbot restore` can never replace the file under it.
final class BotRuntime: Sendable {
    /// The store; tests read it to check what the bot wrote.
    let database: Database
    let rest: DiscordREST
    /// Where `/metrics` and `/health` listen, when `RAIDBOT_METRICS_PORT` is set.
    let metricsPort: BoundPort?
    /// The DM conversation layer the features register with (tests register their own kinds).
    let conversations: DMConversations
    private let group: ServiceGroup
    private let lock: DatabaseLock
    private let logger: Logger

    /// Wires the bot; fails with a configuration or storage error before anything connects.
    /// `observe` sees every interaction's outcome besides the metrics (tests wait on it).
    init(configuration: Configuration, clock: any BotClock = SystemBotClock(), logger: Logger,
         handlesSignals: Bool = true, observe: @escaping @Sendable (InteractionOutcome) -> Void = { _ in }) throws {
        let token = try configuration.requireToken()
        let guildID = Snowflake(try configuration.requireGuildID())
        lock = try DatabaseLock(databasePath: configuration.databasePath)
        database = try Database(configuration: configuration.database, migrations: Migration.bundled,
                                logger: logger.labelled("raidbot.storage"))
        // REST keeps real time: its bucket holds mirror Discord's clock, which a test's manual clock must not freeze.
        rest = DiscordREST(configuration: RESTConfiguration(
            apiBase: configuration.apiBase.url, token: token.secret,
            requestTimeout: .seconds(configuration.httpTimeoutSeconds)), logger: logger.labelled("raidbot.rest"))
        let now: @Sendable () -> Int64 = { clock.unixMilliseconds() }
        let watermark = DispatchWatermark()

        let gateway = GatewayService(
            configuration: GatewayConfiguration(
                token: token.secret,
                intents: configuration.messageContent ? .raidBot : GatewayIntents.raidBot.subtracting(.messageContent),
                compress: configuration.gatewayCompression),
            gatewayInfo: { [rest] in try await Self.gatewayInfo(rest) },
            sessionStore: SQLiteGatewaySessionStore(database: database, watermark: watermark, now: now, logger: logger),
            clock: clock, logger: logger.labelled("raidbot.gateway"))
        let environment = FeatureEnvironment(
            database: database, rest: rest, clock: clock, guildID: guildID, logger: logger,
            heartbeatLatency: { [gateway] in gateway.heartbeatLatency })
        // RealmEye gets its own transport thread, so a slow RealmEye never queues behind Discord.
        let realmEye = RealmEyeClient(base: configuration.realmEyeBase.url, transport: CurlTransport(), clock: clock,
                                      deadline: .seconds(configuration.httpTimeoutSeconds), logger: logger.labelled("raidbot.realmeye"))
        let features = FeatureAssembly.assemble(environment, realmEye: realmEye)
        conversations = environment.conversations
        let receipts = InteractionReceiptStore(database: database, clock: clock)
        let metrics = BotMetrics()
        let router = InteractionRouter(
            catalog: features.catalog, routes: features.routes, responder: rest, sink: features.logSink,
            roles: features.roleMapping, receipts: receipts, clock: clock, logger: logger.labelled("raidbot.interactions"),
            observe: { metrics.observe($0); observe($0) })
        let registrar = CommandRegistrar(catalog: features.catalog, database: database, rest: rest,
                                         guildID: guildID, now: now, logger: logger)
        let intake = InteractionIntake(dispatches: gateway.dispatches, router: router,
                                       conversations: environment.conversations,
                                       memberUpdates: features.memberUpdates, guildMessages: features.guildMessages,
                                       registrar: registrar,
                                       watermark: watermark, startedAt: clock.unixMilliseconds(), logger: logger)
        let tasks = features.tasks + [DeliverySweep.task(environment, receipts: receipts, now: now)]
            + [ScheduledBackup.task(configuration, now: now)].compactMap { $0 }
        let scheduler = TaskScheduler(tasks: tasks, clock: clock, logger: logger.labelled("raidbot.tasks"),
                                      observe: { metrics.observe($0) })
        // The scheduler may legitimately finish early (no tasks); the gateway and the intake
        // ending means the bot has nothing left to do, so they take the group down. Shutdown runs
        // in reverse order: the intake stops taking dispatches and lets its handlers finish, then
        // the gateway closes resumably (its saved sequence held at the watermark), then the outbox
        // worker stops (what is pending stays for the next start).
        let shutsDownGroup = ServiceGroupConfiguration.ServiceConfiguration.TerminationBehavior.gracefullyShutdownGroup
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: scheduler, successTerminationBehavior: .ignore, failureTerminationBehavior: shutsDownGroup),
            .init(service: OutboxService(outbox: environment.outbox), successTerminationBehavior: .ignore,
                  failureTerminationBehavior: shutsDownGroup),
            .init(service: gateway, successTerminationBehavior: shutsDownGroup, failureTerminationBehavior: shutsDownGroup),
            .init(service: intake, successTerminationBehavior: shutsDownGroup, failureTerminationBehavior: shutsDownGroup),
        ]
        metricsPort = configuration.metricsPort.map { _ in BoundPort() }
        if let port = configuration.metricsPort, let bound = metricsPort {
            // A metrics endpoint that cannot bind must not take the bot down with it.
            services.append(.init(service: MetricsEndpoint.server(
                port: port, metrics: metrics, database: database, rest: rest, gateway: gateway,
                outbox: environment.outbox, bound: bound,
                logger: logger.labelled("raidbot.metrics")), successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore))
        }
        group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: services,
            gracefulShutdownSignals: handlesSignals ? [.sigterm, .sigint] : [],
            logger: logger))
        self.logger = logger
    }

    /// Runs until SIGTERM/SIGINT, `stop()`, or a fatal gateway close; then drains the writer
    /// queue, checkpoints the WAL and closes the database. Throws the fatal cause, if any.
    func run() async throws {
        logger.notice("raidbot starting")
        do {
            try await group.run()
        } catch {
            await shutDownStorage()
            throw error
        }
        await shutDownStorage()
        logger.notice("raidbot stopped")
    }

    /// Asks every service to finish gracefully (the gateway closes resumably).
    func stop() async {
        await group.triggerGracefulShutdown()
    }

    /// `GET /gateway/bot`; a 401 means the token is wrong, which stops the gateway instead of retrying.
    private static func gatewayInfo(_ rest: DiscordREST) async throws -> GatewayBotInfo {
        do {
            return try await rest.getGatewayBot()
        } catch let error as RESTError where error.kind == .unauthorized {
            throw GatewayError(.stopped(.authenticationFailed))
        }
    }

    private func shutDownStorage() async {
        rest.shutdown()
        await database.close()
        withExtendedLifetime(lock) {}
    }
}

extension Logger {
    /// The same handler and level under another label.
    func labelled(_ label: String) -> Logger {
        var logger = Logger(label: label, factory: { _ in self.handler })
        logger.logLevel = logLevel
        return logger
    }
}
