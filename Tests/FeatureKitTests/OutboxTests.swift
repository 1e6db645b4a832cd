import BotKit
import DiscordModels
import DiscordREST
import DiscordSandbox
import Logging
import Storage
import Synchronization
import Testing
import TestSupport
@testable import FeatureKit

/// The outbox against the local Discord stand-in and a real SQLite file, on virtual time.
@Suite("Outbox", .timeLimit(.minutes(1)))
struct OutboxTests {
    /// A database, a sandbox, a REST client on it and an outbox, torn down together.
    struct Stage {
        let db: TemporaryDatabase
        let sandbox: DiscordSandbox
        let rest: DiscordREST
        let clock = ManualBotClock(unixMilliseconds: 1_800_000_000_000)

        static func make() async throws -> Stage {
            let sandbox = try await DiscordSandbox.start(SandboxConfiguration(token: "outbox.test.token.value"))
            // The client does not retry 5xx itself, so each Discord failure reaches the outbox.
            let rest = DiscordREST(configuration: RESTConfiguration(
                apiBase: sandbox.apiBase, token: "outbox.test.token.value",
                policy: RateLimitPolicy(maxServerErrorRetries: 0)))
            return Stage(db: try TemporaryDatabase(prefix: "outbox"), sandbox: sandbox, rest: rest)
        }

        /// An outbox over the stage's database (a new one per "process").
        func outbox() -> Outbox {
            Outbox(database: db.database, rest: rest, clock: clock,
                   logger: Logger(label: "outbox-test") { _ in SwiftLogNoOpLogHandler() })
        }

        func enqueue(_ items: [OutboxItem]) async throws {
            let now = clock.unixMilliseconds()
            try await db.database.write { try Outbox.enqueue(items, $0, now: now) }
        }

        func outcomes() async throws -> [String?] {
            try await db.database.read { try $0.fetchAll("SELECT outcome FROM outbox ORDER BY id") { try $0.get(0, as: String?.self) } }
        }

        func stop() async {
            rest.shutdown()
            await sandbox.stop()
            await db.remove()
        }
    }

    /// Records redraws in order and fails the first draw of `failing` with a retryable error.
    final class Redraws: Sendable {
        let drawn = Mutex<[String]>([])
        let failing: Mutex<Set<String>>
        init(failing: Set<String> = []) { self.failing = Mutex(failing) }
        func draw(_ id: String) throws {
            let fail = failing.withLock { $0.remove(id) != nil }
            if fail { throw RESTError(.http(status: 502, body: nil), route: "test", detail: "bad gateway") }
            drawn.withLock { $0.append(id) }
        }
    }

    @Test("items of one target go in order; a failure is retried after its backoff and holds the target's later items")
    func orderPerTargetAndRetryAfterA5xx() async throws {
        let stage = try await Stage.make()
        let outbox = stage.outbox(), redraws = Redraws(failing: ["1"])
        outbox.register(panel: "test") { try redraws.draw($0) }
        // Given two redraws of different panels (no coalescing) behind one failing Discord answer
        try await stage.enqueue([.redraw(panel: "test:1"), .redraw(panel: "test:2")])
        // When the worker passes: the first fails (502), the second, another target, goes through
        let due = try #require(await outbox.pass())
        #expect(redraws.drawn.withLock { $0 } == ["2"])
        #expect(due == stage.clock.unixMilliseconds() + 1_000)
        // Then nothing more happens before the backoff, and the retry succeeds after it
        #expect(await outbox.pass() == due)
        stage.clock.advance(by: .seconds(1))
        #expect(await outbox.pass() == nil)
        #expect(redraws.drawn.withLock { $0 } == ["2", "1"])
        #expect(try await stage.outcomes() == ["sent", "sent"])
        await stage.stop()
    }

    @Test("a failed item blocks only its own target's later items, which then follow in order")
    func laterItemsOfATargetWaitForTheFailedOne() async throws {
        let stage = try await Stage.make()
        let outbox = stage.outbox()
        let member = await stage.sandbox.guild.addMember(username: "rin")
        let role = await stage.sandbox.guild.addRole(name: "Raid #1", position: 1)
        let guild = stage.sandbox.configuration.guildID
        // Given a role given, then taken, for one member, while Discord fails the first request
        await stage.sandbox.inject(.serverError(status: 503), on: RouteSelector(method: "PUT"), count: 1)
        try await stage.enqueue([
            .memberRole(guildID: guild, userID: member.id, roleID: role.id, present: true, reason: nil),
            .memberRole(guildID: guild, userID: member.id, roleID: role.id, present: false, reason: nil),
        ])
        // When the worker passes, the removal does not overtake the failed addition
        _ = await outbox.pass()
        #expect(await stage.sandbox.requests.filter { $0.method == "DELETE" }.isEmpty)
        // Then once Discord recovers both go through, in order, and the member ends without the role
        stage.clock.advance(by: .seconds(1))
        #expect(await outbox.pass() == nil)
        let methods = await stage.sandbox.requests.filter { $0.path.contains("/roles/") }.map(\.method)
        #expect(methods == ["PUT", "PUT", "DELETE"])
        #expect(try await stage.outcomes() == ["sent", "sent"])
        #expect(await stage.sandbox.guild.member(member.id)?.roleIDs.contains(role.id) == false)
        await stage.stop()
    }

    @Test("a notice pings nobody, even when its text names @everyone or a role")
    func noticeAllowsNoMentions() async throws {
        let stage = try await Stage.make()
        let channel = await stage.sandbox.guild.addChannel(name: "veri-log")
        try await stage.enqueue([.notice(channelID: channel.id, topic: "t", content: "@everyone <@&123> RealmEye is down")])
        #expect(await stage.outbox().pass() == nil)
        let post = try await stage.sandbox.firstRequest { $0.method == "POST" && $0.path.hasSuffix("/channels/\(channel.id)/messages") }
        #expect(post.body?["allowed_mentions"]?["parse"]?.asArray?.isEmpty == true, "\(String(describing: post.body))")
        await stage.stop()
    }

    @Test("a member who left is given up with the reason, and the rest goes on")
    func memberWhoLeftIsGivenUp() async throws {
        let stage = try await Stage.make()
        let outbox = stage.outbox()
        let role = await stage.sandbox.guild.addRole(name: "Raid #2", position: 1)
        let stayer = await stage.sandbox.guild.addMember(username: "sol")
        let guild = stage.sandbox.configuration.guildID
        try await stage.enqueue([
            .memberRole(guildID: guild, userID: 999_999_999_999, roleID: role.id, present: true, reason: nil),
            .memberRole(guildID: guild, userID: stayer.id, roleID: role.id, present: true, reason: nil),
        ])
        #expect(await outbox.pass() == nil)
        let outcomes = try await stage.outcomes()
        #expect(outcomes[0]?.hasPrefix("gave up: ") == true && outcomes[0]?.contains("404") == true, "\(outcomes)")
        #expect(outcomes[1] == "sent")
        #expect(await stage.sandbox.guild.member(stayer.id)?.roleIDs.contains(role.id) == true)
        await stage.stop()
    }

    @Test("a restarted process carries out what the previous one left pending; redraws of one panel coalesce")
    func pendingItemsSurviveARestartAndRedrawsCoalesce() async throws {
        let stage = try await Stage.make()
        // Given items written by a process that died before its worker ran
        try await stage.enqueue([.redraw(panel: "test:7"), .redraw(panel: "test:7"), .redraw(panel: "test:7")])
        #expect(try await stage.outbox().backlog().depth == 3)
        // When a new process's outbox passes
        let restarted = stage.outbox(), redraws = Redraws()
        restarted.register(panel: "test") { try redraws.draw($0) }
        #expect(await restarted.pass() == nil)
        // Then the panel was drawn once, and nothing is left
        #expect(redraws.drawn.withLock { $0 } == ["7"])
        #expect(try await stage.outcomes() == ["superseded", "superseded", "sent"])
        #expect(try await restarted.backlog().depth == 0)
        await stage.stop()
    }
}
