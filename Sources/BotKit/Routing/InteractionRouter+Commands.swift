import DiscordModels
import Logging

/// Slash commands and autocomplete.
extension InteractionRouter {
    func handleCommand(_ interaction: Interaction, _ data: ApplicationCommandData, possiblyReplayed: Bool,
                       logger: Logger) async {
        let start = clock.now()
        let receivedAt = clock.unixMilliseconds()
        var logger = logger
        logger[metadataKey: "command"] = "\(data.commandPath.joined(separator: " "))"
        guard let declaration = catalog[data.name], let handler = routes.commands[data.name] else {
            logger.notice("unknown command")
            let acknowledged = await acknowledge(
                interaction, .message(Reply.text("❌ This command isn't available any more.").ephemeralCallback), logger: logger)
            report(interaction, .command, route: data.name, acknowledged: acknowledged, start: start,
                   acknowledgedAt: clock.now(), code: .staleComponent)
            return
        }
        let style = AcknowledgementStyle(declaration.deferStyle)
        let delivery = await delivery(of: interaction, probe: possiblyReplayed && style.ownsOriginal, logger: logger)
        guard delivery != .completedBefore else {
            return report(interaction, .command, route: data.name, acknowledged: true, start: start,
                          acknowledgedAt: clock.now(), code: nil, replayIgnored: true)
        }
        let acknowledged = await acknowledge(interaction, style.response, delivery: delivery, logger: logger)
        let acknowledgedAt = clock.now()
        let acknowledgedAfter = milliseconds(since: start)
        guard let context = context(for: interaction, customID: nil, acknowledgement: style, logger: logger) else { return }
        var code: BotErrorCode? = .discordError
        if acknowledged {
            code = await runSafely(context) {
                let key = RateLimitKey(userID: context.userID, scope: .command, identifier: declaration.name)
                try await admit(context, gate: declaration.gate, rateLimit: (key, declaration.rateLimit))
                try await handler(context)
            }
            await complete(interaction, logger: logger)
        }
        let path = data.commandPath.dropFirst()
        await sink.record(CommandLogEntry(
            interactionID: interaction.id, guildID: interaction.guildID, channelID: interaction.channelID,
            userID: context.userID, commandName: data.name, subcommand: path.isEmpty ? nil : path.joined(separator: "."),
            optionsJSON: OptionSanitizer.json(for: data), succeeded: code == nil, errorCode: code,
            acknowledgementMilliseconds: acknowledgedAfter, latencyMilliseconds: milliseconds(since: start),
            createdAtUnixMilliseconds: receivedAt))
        report(interaction, .command, route: data.name, acknowledged: acknowledged, start: start,
               acknowledgedAt: acknowledgedAt, code: code)
    }

    func handleAutocomplete(_ interaction: Interaction, _ data: ApplicationCommandData, logger: Logger) async {
        let start = clock.now()
        var code: BotErrorCode?
        var choices: [ApplicationCommandOptionChoice] = []
        if let handler = routes.autocompletes[data.name], let focused = data.focusedOption,
           let context = context(for: interaction, customID: nil, acknowledgement: .ephemeralReply, logger: logger) {
            do {
                choices = Array(try await handler(context, focused).prefix(25))
            } catch {
                logger.warning("autocomplete failed", metadata: ["command": "\(data.name)", "error": "\(error)"])
                code = FailureClassifier.classify(error).code
            }
        }
        let acknowledged = await acknowledge(interaction, .autocomplete(choices), logger: logger)
        report(interaction, .autocomplete, route: data.name, acknowledged: acknowledged, start: start,
               acknowledgedAt: clock.now(), code: code)
    }
}
