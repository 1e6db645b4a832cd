import DiscordModels
import DiscordSandbox
import Storage
import Logging
import Testing
import TestSupport
@testable import raidbot

/// The whole bot (not just the gateway service) against the sandbox: it connects, registers its
/// commands once, keeps its session in SQLite and resumes after its own restart.
@Suite("Bot lifecycle end to end")
struct GatewayLifecycleTests {
    @Test("the bot identifies, registers its slash commands, and stores the session")
    func identifiesAndRegisters() async throws {
        let harness = try await BotHarness.start()
        let registration = try await harness.sandbox.firstRequest { $0.method == "PUT" && $0.path.hasSuffix("/commands") }
        #expect(registration.status == 200)
        let stored = await SQLiteGatewaySessionStore(database: harness.database, watermark: DispatchWatermark(), now: { 0 }, logger: .init(label: "t")).load()
        #expect(stored?.sessionID == (await harness.sandbox.gateway.sessionID))
        await harness.stop()
    }

    @Test("a restarted bot resumes its session instead of identifying, and does not re-register")
    func restartResumes() async throws {
        let harness = try await BotHarness.start()
        _ = try await harness.sandbox.firstRequest { $0.method == "PUT" && $0.path.hasSuffix("/commands") }
        let sessionBefore = await harness.sandbox.gateway.sessionID
        try await harness.restartBot()
        let resumes = await harness.sandbox.gateway.events.filter {
            if case .resumed(let id, _) = $0.kind { return id == sessionBefore }
            return false
        }
        #expect(resumes.count == 1)
        let identifies = await harness.sandbox.gateway.events.filter {
            if case .identified = $0.kind { return true }
            return false
        }
        #expect(identifies.count == 1)
        let registrations = await harness.sandbox.recordedRequests.filter { $0.method == "PUT" && $0.path.hasSuffix("/commands") }
        #expect(registrations.count == 1)
        await harness.stop()
    }

    @Test("a dispatch sent while the bot was down is delivered after it resumes")
    func noDispatchLostAcrossRestart() async throws {
        let harness = try await BotHarness.start()
        _ = try await harness.sandbox.firstRequest { $0.method == "PUT" && $0.path.hasSuffix("/commands") }
        await harness.stopBot()
        let member = try #require(await harness.sandbox.guild.members.first)
        let handle = try await harness.sandbox.run(command: "ping", as: member)
        try await harness.startBot()
        let callback = try await handle.callback
        #expect(callback.accepted)
        await harness.stop()
    }
}

@Suite("Bot stops on fatal gateway closes")
struct FatalCloseTests {
    @Test("a wrong token (close 4004) stops the bot with a message that says what to fix")
    func wrongTokenStops() async throws {
        let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: BotHarness.token))
        let folder = try TemporaryFolder(prefix: "raidbot-e2e-fatal")
        defer { folder.remove() }
        let configuration = try Configuration(source: ConfigurationSource(values: [
            "DISCORD_TOKEN": "a.wrong.token.that.is.long.enough",
            "DISCORD_GUILD_ID": "\(sandbox.configuration.guildID)",
            "DISCORD_API_BASE": sandbox.apiBase,
            "RAIDBOT_DATABASE": folder.path + "/raidbot.sqlite",
            "RAIDBOT_BACKUP_INTERVAL_HOURS": "0",
        ]))
        let runtime = try BotRuntime(configuration: configuration, logger: .init(label: "t") { _ in SwiftLogNoOpLogHandler() },
                                     handlesSignals: false)
        await #expect {
            try await runtime.run()
        } throws: { error in
            let text = "\(error)"
            return text.contains("4004") && !text.contains("a.wrong.token")
        }
        await sandbox.stop()
    }
}
