import DiscordModels
import DiscordSandbox

/// The load that makes the bot redraw panels: the guild configured as an administrator would, a
/// few live runs, then members clicking Join on them. Every join writes to SQLite, answers the
/// member, queues the run role and redraws (coalesced) the run's public panel.
struct PanelLoad {
    /// A posted run: its public panel and the Join button's custom id.
    struct Run {
        let post: SandboxMessage
        let joinID: String
    }

    let sandbox: DiscordSandbox
    let runs: [Run]

    /// Maps the organizer role and the raid channel with `/setroles` and `/setchannels` (as the
    /// guild owner), then has `count` new organizers post one run each.
    static func prepare(_ sandbox: DiscordSandbox, runs count: Int) async throws -> PanelLoad {
        let guild = sandbox.guild
        guard let owner = await guild.member(named: "guild_owner"), let leader = await guild.role(named: "Raid Leader"),
              let raid = await guild.channel(named: "raid-status") else {
            throw BenchmarkFailure("the sandbox guild is not seeded as expected")
        }
        _ = try await sandbox.run(command: "setroles", options: [.role("organizer", leader.id)], as: owner).originalEdit
        _ = try await sandbox.run(command: "setchannels", options: [.channel("raid", raid.id)], as: owner).originalEdit
        var runs: [Run] = []
        for index in 0..<count {
            let organizer = await guild.addMember(username: "load_organizer_\(index)", roles: [leader.id])
            runs.append(try await post(by: organizer, in: raid.id, sandbox))
        }
        return PanelLoad(sandbox: sandbox, runs: runs)
    }

    /// `/run` as `organizer`, then the panel the bot posts in the raid channel.
    private static func post(by organizer: SandboxMember, in channel: Snowflake, _ sandbox: DiscordSandbox) async throws -> Run {
        let cursor = await sandbox.guild.messages(in: channel).count
        let handle = try await sandbox.run(command: "run", options: [
            .string("dungeon", "SNAKE_PIT"), .string("party", "p"), .string("location", "USW"),
        ], as: organizer)
        _ = try await handle.followup
        _ = try await sandbox.requests.first(within: .seconds(30)) {
            $0.method == "POST" && $0.path.hasSuffix("/channels/\(channel)/messages") && $0.status < 300
        }
        let messages = await sandbox.guild.messages(in: channel)
        guard let post = messages.dropFirst(cursor).last(where: { $0.customIDs.contains { $0.hasPrefix("v1:run:join:") } }),
              let join = post.customIDs.first(where: { $0.hasPrefix("v1:run:join:") }) else {
            throw BenchmarkFailure("the run panel was not posted")
        }
        return Run(post: post, joinID: join)
    }

    /// `count` new members each click Join once, spread over the runs, at `perSecond`.
    func joins(count: Int, perSecond: Int) async throws -> [InteractionHandle] {
        let raiders = await sandbox.guild.addMembers(count: count, prefix: "load_raider")
        let (sandbox, runs) = (sandbox, runs)
        return try await sandbox.burst(count: count, perSecond: perSecond) { index in
            let run = runs[index % runs.count]
            return try await sandbox.click(run.joinID, on: run.post, as: raiders[index])
        }
    }

    /// How many times the bot edited the run panels so far.
    func panelEdits() async -> Int {
        var edits = 0
        for run in runs { edits += await sandbox.guild.message(run.post.id)?.editCount ?? 0 }
        return edits
    }
}

/// A benchmark step that could not happen.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
