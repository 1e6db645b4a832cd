import DiscordModels
import Logging
import Storage
import Synchronization
import Testing
import TestSupport
@testable import FeatureKit

/// The DM conversation layer over a real SQLite file, on virtual time.
@Suite struct DMConversationsTests {
    let db: TemporaryDatabase
    let clock = ManualBotClock(unixMilliseconds: 1_800_000_000_000)

    init() throws { db = try TemporaryDatabase(prefix: "dm") }

    /// A layer over the test database (a new one per "process").
    func conversations() -> DMConversations {
        DMConversations(database: db.database, clock: clock, logger: Logger(label: "dm") { _ in SwiftLogNoOpLogHandler() })
    }

    /// Records what a handler of `kind` was handed.
    final class Seen: Sendable {
        let handed = Mutex<[(String, String, String)]>([])
        func record(_ message: DirectMessage, _ conversation: DMConversation) {
            handed.withLock { $0.append((conversation.kind, conversation.step, message.content)) }
        }
        var all: [String] { handed.withLock { $0.map { "\($0.0)/\($0.1): \($0.2)" } } }
    }

    static func dm(_ id: Snowflake, from user: Snowflake = 42, _ text: String) -> DirectMessage {
        DirectMessage(id: id, authorID: user, channelID: 900, content: text)
    }

    @Test("a DM continues the member's open conversation, once; without one it is left alone")
    func deliversOnceToTheOpenConversation() async throws {
        let layer = conversations(), seen = Seen()
        layer.register(kind: "modmail") { seen.record($0, $1) }
        #expect(await layer.receive(Self.dm(1, "hello?")) == .noConversation)
        try await layer.expect(DMConversation(userID: 42, kind: "modmail", step: "awaiting_message",
                                              state: #"{"guild":7}"#, expiresAt: clock.unixMilliseconds() + 600_000))
        #expect(await layer.receive(Self.dm(2, "my ticket")) == .handled(kind: "modmail"))
        #expect(await layer.receive(Self.dm(2, "my ticket")) == .duplicate)
        #expect(seen.all == ["modmail/awaiting_message: my ticket"])
        await db.remove()
    }

    @Test("a conversation survives a restart, and a DM re-delivered to the new process is not handed twice")
    func survivesARestart() async throws {
        let before = conversations(), seen = Seen()
        before.register(kind: "verification") { seen.record($0, $1) }
        try await before.expect(DMConversation(userID: 42, kind: "verification", step: "awaiting_screenshot",
                                               expiresAt: clock.unixMilliseconds() + 3_600_000))
        #expect(await before.receive(Self.dm(10, "first")) == .handled(kind: "verification"))
        let after = conversations()
        after.register(kind: "verification") { seen.record($0, $1) }
        #expect(await after.receive(Self.dm(10, "first")) == .duplicate)
        #expect(await after.receive(Self.dm(11, "second")) == .handled(kind: "verification"))
        #expect(seen.all == ["verification/awaiting_screenshot: first", "verification/awaiting_screenshot: second"])
        await db.remove()
    }

    @Test("past its deadline a conversation takes no DM and is swept; the newest open one wins")
    func deadlinesAndNewest() async throws {
        let layer = conversations(), seen = Seen()
        layer.register(kind: "modmail") { seen.record($0, $1) }
        layer.register(kind: "verification") { seen.record($0, $1) }
        let now = clock.unixMilliseconds()
        try await layer.expect(DMConversation(userID: 42, kind: "verification", step: "awaiting_code", expiresAt: now + 60_000))
        clock.advance(by: .seconds(1))
        try await layer.expect(DMConversation(userID: 42, kind: "modmail", step: "awaiting_message", expiresAt: now + 60_000))
        #expect(await layer.receive(Self.dm(20, "hi")) == .handled(kind: "modmail"))
        try await layer.end(userID: 42, kind: "modmail")
        #expect(await layer.receive(Self.dm(21, "code")) == .handled(kind: "verification"))
        clock.advance(by: .seconds(60))
        #expect(await layer.receive(Self.dm(22, "late")) == .noConversation)
        #expect(try await layer.sweep(now: clock.unixMilliseconds(), seenBefore: 0) == 1)
        #expect(try await layer.open(for: 42) == nil)
        #expect(seen.all == ["modmail/awaiting_message: hi", "verification/awaiting_code: code"])
        await db.remove()
    }

    @Test("only members' DMs are conversation messages")
    func guildMessagesAndBotsAreNotDMs() {
        let author = User(id: 42, username: "rin")
        #expect(DirectMessage(Message(id: 1, channelID: 900, author: author, content: "hi")) != nil)
        var inGuild = Message(id: 2, channelID: 901, author: author, content: "hi")
        inGuild.guildID = 7
        #expect(DirectMessage(inGuild) == nil)
        var bot = User(id: 43, username: "bot")
        bot.bot = true
        #expect(DirectMessage(Message(id: 3, channelID: 900, author: bot, content: "hi")) == nil)
    }
}
