import DiscordModels
import DiscordSandbox
import FeatureKit
import Foundation
import Storage
import TestSupport

/// Issue 13's black-box scenario: the real binary as a child process against the sandbox, a burst
/// of Joins on one run, the bot killed (SIGKILL) or stopped (SIGTERM) in the middle and restarted
/// at once. The report counts what a member was promised and did not get.
actor KillCycleStage {
    nonisolated let sandbox: DiscordSandbox
    nonisolated let folder: TemporaryFolder
    nonisolated let environment: [String: String]
    nonisolated let organizerRole: Snowflake
    nonisolated let raidChannel: Snowflake
    private var child: BotChildProcess?
    private var cycle = 0

    /// `roleLimit`: the sandbox's advertised rate limit per route and second, which paces the run
    /// role assignments the outbox owes (the bot's REST client keeps to it).
    static func make(roleLimit: Int = 5) async throws -> KillCycleStage {
        let configuration = SandboxConfiguration(token: "sandbox.raidbot.token.for-kill-tests",
                                                 rateLimit: SandboxRateLimitPolicy(limit: roleLimit))
        let sandbox = try await DiscordSandbox.start(configuration)
        let folder = try TemporaryFolder(prefix: "raidbot-kill")
        let role = await sandbox.guild.addRole(name: "Organizer", position: 5)
        let raid = await sandbox.guild.addChannel(name: "raids")
        let environment = [
            "DISCORD_TOKEN": configuration.token, "DISCORD_GUILD_ID": "\(configuration.guildID)",
            "DISCORD_API_BASE": sandbox.apiBase, "RAIDBOT_DATABASE": folder.path + "/raidbot.sqlite",
            "RAIDBOT_BACKUP_DIR": folder.path + "/backups", "RAIDBOT_BACKUP_INTERVAL_HOURS": "0",
            "RAIDBOT_GATEWAY_COMPRESSION": "false", "LOG_LEVEL": "info",
        ]
        let database = try Database(configuration: DatabaseConfiguration(path: folder.path + "/raidbot.sqlite"),
                                    migrations: try Migration.bundled)
        _ = try await GuildRoleStore(database: database).setRoles([.organizer: role.id], guildID: configuration.guildID,
                                                                  actorID: 1, now: 1)
        _ = try await GuildChannelStore(database: database).setChannels([.raid: raid.id], guildID: configuration.guildID,
                                                                        actorID: 1, now: 1)
        await database.close()
        return KillCycleStage(sandbox: sandbox, folder: folder, environment: environment, organizerRole: role.id,
                              raidChannel: raid.id)
    }

    private init(sandbox: DiscordSandbox, folder: TemporaryFolder, environment: [String: String],
                 organizerRole: Snowflake, raidChannel: Snowflake) {
        self.sandbox = sandbox
        self.folder = folder
        self.environment = environment
        self.organizerRole = organizerRole
        self.raidChannel = raidChannel
    }

    /// Starts a bot process and waits until its gateway is READY or RESUMED.
    func launch() async throws {
        let cursor = await sandbox.gateway.events.count
        child = try BotChildProcess(environment: environment)
        _ = try await sandbox.gateway.events.first(after: cursor, within: .seconds(60)) { record in
            switch record.kind {
            case .identified, .resumed: true
            default: false
            }
        }
    }

    /// The running bot's process id.
    var childProcessIdentifier: Int32? { child?.processIdentifier }

    /// One cycle: a new organizer posts a run, `joins` members click Join at `perSecond`, and after
    /// `interruptAfter` clicks the bot gets `signal` and a new process starts at once.
    func cycle(joins: Int, perSecond: Int, interruptAfter: Int, signal: Int32) async throws -> KillCycleReport {
        cycle += 1
        let organizer = await sandbox.guild.addMember(username: "organizer\(cycle)", roles: [organizerRole])
        let (post, runID) = try await postRun(by: organizer)
        let raiders = await sandbox.guild.addMembers(count: joins, prefix: "cycle\(cycle)-raider")
        let sandbox = sandbox
        let handles = try await sandbox.burst(count: joins, perSecond: perSecond) { index in
            if index == interruptAfter { try await self.interrupt(with: signal) }
            return try await sandbox.click("v1:run:join:\(runID)", on: post, as: raiders[index])
        }
        return try await KillCycleReport.collect(self, runID: runID, post: post, handles: handles, raiders: raiders)
    }

    /// Signals the running bot and starts the next one at once (SIGTERM: once the old one exited,
    /// as systemd does; SIGKILL leaves nothing to wait for).
    private func interrupt(with signal: Int32) async throws {
        guard let old = child else { return }
        old.send(signal)
        await old.waitUntilExit()
        child = try BotChildProcess(environment: environment)
    }

    private func postRun(by organizer: SandboxMember) async throws -> (SandboxMessage, Int64) {
        let cursor = await sandbox.guild.messages(in: raidChannel).count
        let handle = try await sandbox.run(command: "run", options: [
            .string("dungeon", "SNAKE_PIT"), .string("party", "p"), .string("location", "USW"),
        ], as: organizer)
        _ = try await handle.followup
        let channel = raidChannel
        _ = try await sandbox.requests.first(within: .seconds(30)) {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(channel)/messages") && $0.status < 300
        }
        let messages = await sandbox.guild.messages(in: raidChannel)
        guard let post = messages.dropFirst(cursor).last(where: { $0.customIDs.contains { $0.hasPrefix("v1:run:join:") } }),
              let join = post.customIDs.first(where: { $0.hasPrefix("v1:run:join:") }),
              let runID = Int64(join.split(separator: ":").last ?? "") else {
            throw KillCycleFailure("the run panel was not posted")
        }
        return (post, runID)
    }

    /// Stops the bot gracefully and removes everything.
    func stop() async {
        if let child, child.isRunning {
            child.send(SIGTERM)
            await child.waitUntilExit()
        }
        await sandbox.stop()
        folder.remove()
    }

    /// A read of the bot's database from outside, while it runs (SQLite WAL allows it).
    nonisolated func read<T: Sendable>(_ body: @Sendable @escaping (Connection) throws -> T) async throws -> T {
        let database = try Database(configuration: DatabaseConfiguration(path: folder.path + "/raidbot.sqlite",
                                                                          readerCount: 1),
                                    migrations: try Migration.bundled)
        let result: Result<T, any Error>
        do { result = .success(try await database.read(body)) } catch { result = .failure(error) }
        await database.close()
        return try result.get()
    }
}

/// A scenario step that could not happen.
struct KillCycleFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
