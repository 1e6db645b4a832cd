import CivilTime
import BotKit
import DiscordModels
import DiscordSandbox
import FeatureKit
import Logging
import Storage
import Synchronization
import TestSupport
@testable import raidbot

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The local Discord stand-in plus the real bot (the executable's composition) on a temporary
/// SQLite file, all on loopback: end-to-end tests drive members through `sandbox` and read what
/// the bot stored through `database`.
final class BotHarness: Sendable {
    /// The sandbox's token: long enough to pass the bot's own token validation.
    static let token = "sandbox.raidbot.token.for-tests"

    let sandbox: DiscordSandbox
    let configuration: Configuration
    let clock: any BotClock
    /// Holds the database and its backups; removed by `stop()`.
    let folder: TemporaryFolder
    /// Every interaction outcome the bot reported, across restarts.
    let outcomes = OutcomeLog()
    private let state = LockedBox<Running?>(nil)

    private struct Running: Sendable {
        let runtime: BotRuntime
        let finished: Task<Result<Void, any Error>, Never>
    }

    /// The sandbox these tests use: a heartbeat interval of a day. The bot times heartbeats on its
    /// clock, so with Discord's 41.25 s a test that advances a manual clock by a minute (past a
    /// cooldown) made the bot heartbeat at once and, when the previous ACK was still on the wire,
    /// call the connection dead and wait out its reconnect backoff on a clock nobody advanced:
    /// a click sent meanwhile went unanswered (1 run in about 20). Heartbeats have their own tests.
    static let sandboxConfiguration = SandboxConfiguration(token: BotHarness.token, heartbeatInterval: .seconds(86_400))

    /// Starts a sandbox and a bot connected to it; returns once the bot's gateway is READY.
    static func start(sandbox sandboxConfiguration: SandboxConfiguration = BotHarness.sandboxConfiguration,
                      clock: any BotClock = SystemBotClock(),
                      environment extra: [String: String] = [:]) async throws -> BotHarness {
        let sandbox = try await DiscordSandbox.start(sandboxConfiguration)
        let folder = try TemporaryFolder(prefix: "raidbot-e2e")
        let values = [
            "DISCORD_TOKEN": sandboxConfiguration.token,
            "DISCORD_GUILD_ID": "\(sandboxConfiguration.guildID)",
            "DISCORD_API_BASE": sandbox.apiBase,
            "RAIDBOT_DATABASE": folder.path + "/raidbot.sqlite",
            "RAIDBOT_BACKUP_DIR": folder.path + "/backups",
            "RAIDBOT_BACKUP_INTERVAL_HOURS": "0",
            "RAIDBOT_GATEWAY_COMPRESSION": "false",
        ].merging(extra) { _, new in new }
        let configuration = try Configuration(source: ConfigurationSource(values: values))
        let harness = BotHarness(sandbox: sandbox, configuration: configuration, clock: clock, folder: folder)
        try await harness.startBot()
        return harness
    }

    private init(sandbox: DiscordSandbox, configuration: Configuration, clock: any BotClock, folder: TemporaryFolder) {
        self.sandbox = sandbox
        self.configuration = configuration
        self.clock = clock
        self.folder = folder
    }

    /// The running bot's database.
    var database: Database {
        guard let running = state.value else { preconditionFailure("the bot is not running") }
        return running.runtime.database
    }

    /// The running bot's DM conversation layer.
    var conversations: DMConversations {
        guard let running = state.value else { preconditionFailure("the bot is not running") }
        return running.runtime.conversations
    }

    /// The bound port of the bot's metrics endpoint (with `RAIDBOT_METRICS_PORT` set), once it listens.
    func metricsPort() async -> Int? {
        guard let bound = state.value?.runtime.metricsPort else { return nil }
        return await bound.value()
    }

    /// Starts the bot and waits until the sandbox has sent it READY or RESUMED on a new connection.
    func startBot() async throws {
        precondition(state.value == nil, "the bot is already running")
        let cursor = await sandbox.gateway.events.count
        let outcomes = outcomes
        let runtime = try BotRuntime(configuration: configuration, clock: clock,
                                     logger: Self.logger(),
                                     handlesSignals: false, observe: { outcomes.append($0) })
        // A test-support task: the bot runs beside the test body until `stopBot()` awaits it.
        let finished = Task { () -> Result<Void, any Error> in
            do { try await runtime.run(); return .success(()) } catch { return .failure(error) }
        }
        state.value = Running(runtime: runtime, finished: finished)
        _ = try await sandbox.gateway.events.first(after: cursor) { record in
            switch record.kind {
            case .identified, .resumed: true
            default: false
            }
        }
    }

    /// Silent by default; `RAIDBOT_TEST_LOG=debug` (any level) prints the bot's log to stderr.
    private static func logger() -> Logger {
        guard let level = ProcessInfo.processInfo.environment["RAIDBOT_TEST_LOG"].flatMap(Logger.Level.init(rawValue:)) else {
            return Logger(label: "raidbot.e2e") { _ in SwiftLogNoOpLogHandler() }
        }
        var logger = Logger(label: "raidbot.e2e") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }

    /// Stops the bot gracefully (resumable close, writer drained); returns how `run()` ended.
    @discardableResult
    func stopBot() async -> Result<Void, any Error> {
        guard let running = state.value else { return .success(()) }
        await running.runtime.stop()
        let result = await running.finished.value
        state.value = nil
        return result
    }

    /// Stops and starts the bot on the same database and sandbox (a process restart).
    func restartBot() async throws {
        await stopBot()
        try await startBot()
    }

    /// Stops the bot and the sandbox and removes the temporary folder.
    func stop() async {
        await stopBot()
        await sandbox.stop()
        folder.remove()
    }
}

/// A tiny lock-protected box for the harness's mutable state.
final class LockedBox<Value: Sendable>: Sendable {
    private let stored: Mutex<Value>
    init(_ value: Value) { stored = Mutex(value) }
    var value: Value {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
