import DiscordModels
import Logging

/// Buttons, selects and modal submissions.
extension InteractionRouter {
    func handleComponent(_ interaction: Interaction, rawID: String, table: [CustomIDRouteKey: ComponentRoute],
                         aliases: [CustomIDRouteKey: IncumbentAlias], kind: InteractionOutcome.Kind, possiblyReplayed: Bool, logger: Logger) async {
        let start = clock.now()
        var logger = logger
        logger[metadataKey: "custom_id"] = "\(rawID.prefix(100))"
        let resolved = Self.resolve(rawID, in: table, aliases: aliases)
        guard case .success(let (route, customID)) = resolved else {
            if case .failure(let problem) = resolved {
                let acknowledged = await refuse(interaction, problem, logger: logger)
                report(interaction, kind, route: String(rawID.prefix(32)), acknowledged: acknowledged, start: start,
                       acknowledgedAt: clock.now(), code: problem.code)
            }
            return
        }
        let name = customID.routeKey.description
        let delivery = await delivery(of: interaction, probe: possiblyReplayed && route.action.acknowledgementOwnsOriginal,
                                      logger: logger)
        guard delivery == .new || route.action.isDeferred else {
            // A modal cannot be opened again after the fact; the member clicks again.
            await complete(interaction, logger: logger)
            return report(interaction, kind, route: name, acknowledged: true, start: start, acknowledgedAt: clock.now(),
                          code: nil, replayIgnored: true)
        }
        guard delivery != .completedBefore else {
            return report(interaction, kind, route: name, acknowledged: true, start: start, acknowledgedAt: clock.now(),
                          code: nil, replayIgnored: true)
        }
        switch route.action {
        case .deferred(let style, let handler):
            let acknowledged = await acknowledge(interaction, style.response, delivery: delivery, logger: logger)
            let acknowledgedAt = clock.now()
            guard acknowledged,
                  let context = context(for: interaction, customID: customID, acknowledgement: style, logger: logger)
            else {
                report(interaction, kind, route: name, acknowledged: false, start: start, acknowledgedAt: acknowledgedAt,
                       code: .discordError)
                return
            }
            let code = await runSafely(context) {
                try await admit(context, gate: route.gate, rateLimit: rateLimit(route, context))
                guard let lock = route.lock else { return try await handler(context) }
                try await buttonLock.withLock(try lock(customID), for: context.userID) { try await handler(context) }
            }
            await complete(interaction, logger: logger)
            report(interaction, kind, route: name, acknowledged: true, start: start, acknowledgedAt: acknowledgedAt, code: code)
        case .opensModal(let build):
            let (acknowledged, code) = await openModal(interaction, route: route, customID: customID, build: build,
                                                       logger: logger)
            if acknowledged { await complete(interaction, logger: logger) }
            report(interaction, kind, route: name, acknowledged: acknowledged, start: start, acknowledgedAt: clock.now(),
                   code: code)
        }
    }

    /// The route and typed id for a raw custom_id, or why it is refused. An id that is not ours
    /// runs as our route only when an incumbent alias declares its shape.
    static func resolve(_ rawID: String, in table: [CustomIDRouteKey: ComponentRoute],
                        aliases: [CustomIDRouteKey: IncumbentAlias] = [:])
        -> Result<(ComponentRoute, CustomID), CustomIDProblem> {
        var decoded = CustomID.decode(rawID)
        if case .failure(.unsupportedVersion) = decoded, let incumbent = IncumbentAlias.decode(rawID, among: aliases) {
            decoded = incumbent
        }
        return decoded.flatMap { id in
            guard let route = table[id.routeKey] else { return .failure(.unknownRoute(id.routeKey)) }
            do throws(CustomIDProblem) {
                try route.schema.validate(id)
                return .success((route, id))
            } catch {
                return .failure(error)
            }
        }
    }

    private func refuse(_ interaction: Interaction, _ problem: CustomIDProblem, logger: Logger) async -> Bool {
        logger.notice("component refused", metadata: ["problem": "\(problem)"])
        let reply = Reply.text(problem.code.friendlyMessage).ephemeralCallback
        return await acknowledge(interaction, .message(reply), logger: logger)
    }

    private func rateLimit(_ route: ComponentRoute, _ context: InteractionContext) -> (RateLimitKey, RateLimitPreset)? {
        guard let limit = route.rateLimit else { return nil }
        return (RateLimitKey(userID: context.userID, scope: .button, identifier: limit.identifier), limit.preset)
    }

    /// A modal is itself the acknowledgement: gate and rate limit first (memory only), then build it;
    /// any refusal or failure is answered with an ephemeral message instead.
    private func openModal(_ interaction: Interaction, route: ComponentRoute, customID: CustomID,
                           build: @Sendable (InteractionContext) async throws -> Modal,
                           logger: Logger) async -> (acknowledged: Bool, code: BotErrorCode?) {
        guard let context = context(for: interaction, customID: customID, acknowledgement: .ephemeralReply,
                                    logger: logger) else { return (false, .internalError) }
        let response: InteractionResponse
        var failure: BotErrorCode?
        do {
            try await admit(context, gate: route.gate, rateLimit: rateLimit(route, context))
            response = .modal(try await build(context))
        } catch {
            let (code, message) = FailureClassifier.classify(error)
            logger.info("modal refused", metadata: ["code": "\(code.rawValue)", "error": "\(error)"])
            response = .message(Reply.text(message).ephemeralCallback)
            failure = code
        }
        return (await acknowledge(interaction, response, logger: logger), failure)
    }
}
