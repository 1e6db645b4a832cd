import DiscordModels
import DiscordREST
import Logging
import CivilTime

/// Routes every interaction to its handler. The acknowledgement goes out before any other work, in
/// the declared style; then the gate, the rate limit and the handler run; every failure becomes a
/// friendly message by code (details to the log with the interaction id); every command writes a
/// `command_log` row through the sink.
public final class InteractionRouter: Sendable {
    let catalog: CommandCatalog
    let routes: InteractionRoutes
    let responder: any InteractionResponder
    let sink: any InteractionLogSink
    let roles: any RoleMappingSource
    let limiter: InteractionRateLimiter
    /// The button locks routes declare; Features may also lock by hand (e.g. a key pop from a modal).
    public let buttonLock: ButtonLock
    let receipts: any InteractionReceipts
    let clock: any BotClock
    let logger: Logger
    let observe: @Sendable (InteractionOutcome) -> Void

    /// Creates a router over a catalog and route table; `observe` sees every outcome (metrics).
    public init(catalog: CommandCatalog, routes: InteractionRoutes, responder: any InteractionResponder,
                sink: any InteractionLogSink, roles: any RoleMappingSource,
                receipts: any InteractionReceipts = ForgetfulReceipts(), clock: any BotClock, logger: Logger,
                observe: @escaping @Sendable (InteractionOutcome) -> Void = { _ in }) {
        for name in routes.commands.keys { precondition(catalog[name] != nil, "/\(name) routed but not declared") }
        for alias in routes.incumbentAliases.values {
            precondition(routes.components[alias.target.key]?.schema == alias.target,
                         "incumbent id \(alias.key) aliases \(alias.target.key), which is not routed with that schema")
        }
        self.catalog = catalog
        self.routes = routes
        self.responder = responder
        self.sink = sink
        self.roles = roles
        self.receipts = receipts
        self.limiter = InteractionRateLimiter(clock: clock)
        self.buttonLock = ButtonLock(clock: clock)
        self.clock = clock
        self.logger = logger
        self.observe = observe
    }

    /// Handles one INTERACTION_CREATE; never throws (failures are answered and logged).
    /// `possiblyReplayed`: an earlier process may already have acknowledged it (it was created before
    /// this one started), so without a receipt its response is looked up before acknowledging.
    public func handle(_ interaction: Interaction, possiblyReplayed: Bool = false) async {
        var logger = self.logger
        logger[metadataKey: "interaction.id"] = "\(interaction.id)"
        if possiblyReplayed { logger[metadataKey: "interaction.replayed"] = "possibly" }
        switch (interaction.type, interaction.data) {
        case (.applicationCommand, .applicationCommand(let data)?):
            await handleCommand(interaction, data, possiblyReplayed: possiblyReplayed, logger: logger)
        case (.applicationCommandAutocomplete, .applicationCommand(let data)?):
            await handleAutocomplete(interaction, data, logger: logger)
        case (.messageComponent, .messageComponent(let data)?):
            await handleComponent(interaction, rawID: data.customID, table: routes.components,
                                  aliases: routes.incumbentAliases, kind: .component,
                                  possiblyReplayed: possiblyReplayed, logger: logger)
        case (.modalSubmit, .modalSubmit(let data)?):
            await handleComponent(interaction, rawID: data.customID, table: routes.modals, aliases: [:], kind: .modal,
                                  possiblyReplayed: possiblyReplayed, logger: logger)
        default:
            logger.notice("interaction of unsupported kind ignored", metadata: ["type": "\(interaction.type.rawValue)"])
        }
    }

    /// Sends the acknowledgement; false (logged) when Discord refused it, e.g. the 3 s window passed.
    /// Discord's "already acknowledged" (40060) means a previous process did it: carry on.
    func acknowledge(_ interaction: Interaction, _ response: InteractionResponse, logger: Logger) async -> Bool {
        do {
            try await responder.interactionCallback(id: interaction.id, token: interaction.token, response: response)
            return true
        } catch let error as RESTError where error.discordCode == 40060 {
            logger.notice("interaction was already acknowledged; carrying on through its webhook")
            return true
        } catch {
            logger.error("acknowledgement failed", metadata: ["error": "\(error)"])
            return false
        }
    }

    /// Passes the gate and the rate limit, or throws the refusal the member will see.
    func admit(_ context: InteractionContext, gate: CommandGate, rateLimit: (RateLimitKey, RateLimitPreset)?) async throws {
        if let (key, preset) = rateLimit {
            let decision = await limiter.attempt(key, preset: preset)
            if let message = decision.message(for: preset) {
                throw BotKitError(.rateLimited, detail: "\(preset.name) \(key.identifier)", userMessage: message)
            }
        }
        switch gate {
        case .everyone:
            return
        case .discordAdministrator:
            guard context.standing.isDiscordAdministrator else {
                throw BotKitError(.notAuthorized, userMessage: "❌ You need Discord's Administrator permission to do that.")
            }
        case .rank(let rank):
            guard let guildID = context.guildID else { throw AccessDenial.missingRank(rank) }
            let mapping = try await roles.roleMapping(guildID: guildID)
            if case .denied(let denial) = RoleHierarchy.authorize(context.standing, requires: rank, mapping: mapping) {
                throw denial
            }
        }
    }

    /// Runs `body`; a failure is logged with detail and answered with the friendly message. Returns its code.
    func runSafely(_ context: InteractionContext, _ body: () async throws -> Void) async -> BotErrorCode? {
        do {
            try await body()
            return nil
        } catch {
            let (code, message) = FailureClassifier.classify(error)
            let level: Logger.Level = code == .internalError || code == .databaseError ? .error : .info
            context.logger.log(level: level, "interaction failed", metadata: ["code": "\(code.rawValue)", "error": "\(error)"])
            await deliverFailure(message, in: context)
            return code
        }
    }

    private func deliverFailure(_ message: String, in context: InteractionContext) async {
        do {
            if context.acknowledgement.ownsOriginal && !context.hasAnswered {
                try await context.reply(.text(message))
            } else {
                try await context.followUp(.text(message), ephemeral: true)
            }
        } catch {
            context.logger.warning("could not deliver failure message", metadata: ["error": "\(error)"])
        }
    }

    func context(for interaction: Interaction, customID: CustomID?, acknowledgement: AcknowledgementStyle,
                 logger: Logger) -> InteractionContext? {
        guard let userID = interaction.invoker?.id else { return nil }
        return InteractionContext(interaction: interaction, userID: userID, customID: customID,
                                  acknowledgement: acknowledgement, responder: responder, sink: sink,
                                  clock: clock, logger: logger)
    }

    /// Reports one outcome to the observer.
    func report(_ interaction: Interaction, _ kind: InteractionOutcome.Kind, route: String, acknowledged: Bool,
                start: Duration, acknowledgedAt: Duration, code: BotErrorCode?, replayIgnored: Bool = false) {
        observe(InteractionOutcome(interactionID: interaction.id, kind: kind, route: route, acknowledged: acknowledged,
                                   acknowledgementLatency: acknowledgedAt - start, totalLatency: clock.now() - start,
                                   errorCode: code, replayIgnored: replayIgnored))
    }

    func milliseconds(since start: Duration) -> Int64 {
        let (seconds, attoseconds) = (clock.now() - start).components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
