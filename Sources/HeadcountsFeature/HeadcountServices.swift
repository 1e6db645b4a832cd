import BotKit
import FeatureKit
import RunsFeature
import DiscordModels
import DiscordREST
import Logging
import RaidDomain

/// What every headcount handler shares: the store, the run services the conversion reuses, the
/// pickers, one coalescing refresher for the public panels and the remembered organizer panels.
struct HeadcountServices: Sendable {
    let environment: FeatureEnvironment
    let store: HeadcountStore
    let runs: RunServices
    let pickers: HeadcountPickerSessions
    let refresher: CoalescingRefresher<Int64>
    let panels: OrganizerPanels

    init(_ environment: FeatureEnvironment, runs: RunServices) {
        self.environment = environment
        store = HeadcountStore(database: environment.database, guildID: environment.guildID.rawValue)
        self.runs = runs
        pickers = HeadcountPickerSessions(clock: environment.clock)
        refresher = CoalescingRefresher()
        panels = OrganizerPanels(environment)
    }

    var rest: DiscordREST { environment.rest }
    var guildID: Snowflake { environment.guildID }
    var logger: Logger { environment.logger }

    func now() -> Timestamp { Timestamp(unixMilliseconds: environment.clock.unixMilliseconds()) }

    /// The headcount a component names with its counts, refused when it is gone.
    func headcount(_ id: Int64) async throws -> (HeadcountRecord, HeadcountTally) {
        guard let found = try await store.headcountWithTally(id) else { throw HeadcountComponentIDs.gone(id) }
        return found
    }

    /// Refuses a public-panel button whose id names another headcount than the message it sits on.
    func requireOwnMessage(_ record: HeadcountRecord, _ context: InteractionContext) throws {
        if let message = context.sourceMessageID, let post = record.messageID, message.rawValue != post {
            throw HeadcountComponentIDs.forged("headcount \(record.id) button on message \(message)")
        }
    }

    /// The dungeons' ping roles (§3.11).
    func pingRoles(_ dungeons: [DungeonCode]) async -> [Snowflake] {
        await runs.pingRoles.roles(for: dungeons)
    }

    /// Redraws the public panel (coalesced); failures are logged, the member's action stands.
    func refreshPublicPanel(_ id: Int64) async {
        await refresher.refresh(id) {
            do {
                guard let (record, tally) = try await store.headcountWithTally(id), let message = record.messageID else { return }
                _ = try await rest.editMessage(channelID: Snowflake(record.channelID), messageID: Snowflake(message),
                                               HeadcountPanelView.message(record, tally, pings: nil))
            } catch {
                logger.warning("headcount panel edit failed", metadata: ["headcount.id": "\(id)", "error": "\(error)"])
            }
        }
    }

    /// Redraws every open organizer panel of the headcount but `skipping`'s.
    func refreshOrganizerPanels(_ id: Int64, skipping: Snowflake? = nil) async {
        await panels.refresh(.headcount(id), skipping: skipping) { _ in
            guard let (record, tally) = try? await store.headcountWithTally(id) else { return nil }
            return HeadcountOrganizerPanelView.reply(record, tally)
        }
    }

    /// Posts one line to the headcount's raid-log thread, opening it when needed.
    func raidLog(_ record: HeadcountRecord, _ line: String) async {
        let names = record.state.dungeons.map(\.name).joined(separator: ", ")
        let starter = Embed(title: "Raid Log — Headcount",
                            description: "Organizer: <@\(record.state.organizer)>\nDungeons: \(names)\nHeadcount #\(record.id)")
        await RaidLog(environment).post(line, stored: record.raidLogThreadID, orOpen: "Headcount #\(record.id) — \(names)",
                                        starter: starter) { try await store.attachRaidLogThread(record.id, threadID: $0) }
    }

    /// The Discord side of a closed headcount: the ended public panel, the other organizer panels
    /// closed and forgotten, a raid-log line.
    func closed(_ record: HeadcountRecord, line: String, actorID: Snowflake?) async {
        await refreshPublicPanel(record.id)
        await refreshOrganizerPanels(record.id, skipping: actorID)
        await panels.forget(.headcount(record.id))
        await raidLog(record, line)
    }
}
