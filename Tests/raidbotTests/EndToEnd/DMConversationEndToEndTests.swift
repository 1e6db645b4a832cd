import DiscordModels
import DiscordSandbox
import FeatureKit
import Synchronization
import Testing
@testable import raidbot

/// A member's DMs reach the conversation a feature opened, through the real gateway, across a restart.
@Suite("DM conversations end to end", .timeLimit(.minutes(1)))
struct DMConversationEndToEndTests {
    final class Inbox: Sendable {
        let messages = Mutex<[String]>([])
        let arrived = AsyncStream<Void>.makeStream()
        func take(_ message: DirectMessage, _ conversation: DMConversation) {
            messages.withLock { $0.append("\(conversation.step): \(message.content)") }
            arrived.continuation.yield()
        }
        func next() async {
            var iterator = arrived.stream.makeAsyncIterator()
            _ = await iterator.next()
        }
    }

    @Test("two DMs with a restart between them both continue the conversation, each once")
    func dmsContinueTheConversationAcrossARestart() async throws {
        let harness = try await BotHarness.start()
        let member = await harness.sandbox.guild.addMember(username: "writer")
        let inbox = Inbox()
        harness.conversations.register(kind: "test") { inbox.take($0, $1) }
        try await harness.conversations.expect(DMConversation(
            userID: member.id, kind: "test", step: "awaiting_message",
            expiresAt: harness.clock.unixMilliseconds() + 3_600_000))
        _ = try await harness.sandbox.sendDM("first", from: member)
        await inbox.next()
        try await harness.restartBot()
        harness.conversations.register(kind: "test") { inbox.take($0, $1) }
        _ = try await harness.sandbox.sendDM("second", from: member)
        await inbox.next()
        #expect(inbox.messages.withLock { $0 } == ["awaiting_message: first", "awaiting_message: second"])
        await harness.stop()
    }
}
