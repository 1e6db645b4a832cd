import DiscordModels
import DiscordSandbox
import Storage
import Testing
import TestSupport
@testable import raidbot

/// A resumed session re-delivers what the previous process had not confirmed (Discord replays
/// every dispatch after the saved sequence). The bot must neither acknowledge those twice (Discord
/// answers 40060, an invalid request) nor do their work twice (a key toggled back, a second run).
@Suite("Replay safety end to end", .timeLimit(.minutes(2)))
struct ReplaySafetyEndToEndTests {
    @Test("interactions re-delivered after a resume are ignored: one callback each, no 40060, state unchanged")
    func redeliveredInteractionsAreHandledOnce() async throws {
        // Given a run three raiders joined, one of whom offered a key
        let stage = try await RunsStage.make()
        let post = try await stage.postRun()
        let runID = try #require(try await stage.harness.database.read { try $0.fetchValue("SELECT max(id) FROM run", as: Int64.self) })
        var handled: [Snowflake] = []
        for name in ["rin", "sol", "tam"] {
            let raider = await stage.sandbox.guild.addMember(username: name)
            handled.append(try await stage.press("v1:run:join:\(runID)", on: post, as: raider).interactionID)
        }
        let keyHolder = await stage.sandbox.guild.addMember(username: "kit")
        handled.append(try await stage.press("v1:run:key:\(runID):SNAKE_PIT_KEY", on: post, as: keyHolder).interactionID)
        let before = try await Self.snapshot(stage, runID)

        // When the bot stops and its saved session is rewound to READY, as if it had been killed
        // before it could save (so everything after is replayed)
        await stage.harness.stopBot()
        try await Self.rewindSavedSession(stage.harness)
        try await stage.harness.startBot()
        let replayed = try await stage.sandbox.gateway.resumed(occurrence: 0)
        for id in handled { _ = await stage.harness.outcomes.outcomes(of: id, count: 2) }

        // Then every replayed interaction was recognised and ignored
        #expect(replayed >= handled.count)
        for id in handled {
            let outcomes = await stage.harness.outcomes.outcomes(of: id, count: 2)
            #expect(outcomes.last?.replayIgnored == true, "interaction \(id)")
            let callbacks = await stage.sandbox.interactionEvents.filter { event in
                if case .callback = event.kind { return event.interactionID == id }
                return false
            }
            #expect(callbacks.count == 1, "interaction \(id) acknowledged \(callbacks.count) times")
        }
        #expect(await stage.sandbox.interactionEvents.filter { $0.status == 400 }.isEmpty, "a callback was refused")
        #expect(try await Self.snapshot(stage, runID) == before)
        await stage.harness.stop()
    }

    /// Runs, joined raiders and offered keys.
    static func snapshot(_ stage: RunsStage, _ runID: Int64) async throws -> [Int] {
        try await stage.harness.database.read { connection in
            [try connection.fetchValue("SELECT count(*) FROM run", as: Int.self) ?? -1,
             try connection.fetchValue("SELECT count(*) FROM reaction WHERE run_id = ?1 AND state = 'join'", runID,
                                       as: Int.self) ?? -1,
             try connection.fetchValue("SELECT count(*) FROM key_reaction WHERE run_id = ?1", runID, as: Int.self) ?? -1]
        }
    }

    /// Sets the saved sequence back to 1 (READY), so the next start resumes from there.
    static func rewindSavedSession(_ harness: BotHarness) async throws {
        let database = try Database(configuration: DatabaseConfiguration(path: harness.configuration.databasePath),
                                    migrations: try Migration.bundled)
        try await database.write { try $0.execute("UPDATE gateway_session SET sequence = 1") }
        await database.close()
    }
}
