import DiscordModels
import DiscordSandbox
import Testing
@testable import SandboxWeb

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The live feed: what the page receives as the bot creates, edits and deletes messages over REST.
@Suite(.serialized) struct EventStreamTests {
    @Test("a creation, one edit and a deletion arrive as upsert, upsert (edits 1), remove")
    func liveChanges() async throws {
        try await WebClient.with { client in
            let raid = try #require(await client.sandbox.guild.channel(named: "raid-status"))
            let (events, sink) = AsyncStream.makeStream(of: String.self)
            let stream = EventStream(site: client.site, view: GuildView(sandbox: client.sandbox, viewer: nil),
                                     keepAlive: .milliseconds(200))
            let feed = Task { try await stream.run { sink.yield($0) } }
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.next()?.contains("event: hello") == true)
            #expect(await iterator.next()?.hasPrefix("event: directory") == true)

            let created = try await client.asBot(.post, "/channels/\(raid.id)/messages", .object(["content": .string("panel")])).1
            let id = try #require(created["id"]?.asString)
            let first = try #require(await Self.next(&iterator, about: id))
            #expect(first.name == "upsert" && first.data["id"]?.asString == id && first.data["edits"]?.asInt == 0)

            try await client.asBot(.patch, "/channels/\(raid.id)/messages/\(id)", .object(["content": .string("panel, 2 joined")]))
            let edit = try #require(await Self.next(&iterator, about: id))
            #expect(edit.name == "upsert" && edit.data["edits"]?.asInt == 1 && edit.data["content"]?.asString == "panel, 2 joined")

            try await client.asBot(.delete, "/channels/\(raid.id)/messages/\(id)")
            let removal = try #require(await Self.next(&iterator, about: id))
            #expect(removal.name == "remove" && removal.data["id"]?.asString == id)

            client.site.close()
            try await feed.value
        }
    }

    @Test("over loopback the stream is text/event-stream, starts with hello and the guild, and ends when the site closes")
    func overLoopback() async throws {
        try await WebClient.with { client in
            // Closed first: the stream still makes its one pass, so nothing here depends on timing.
            client.site.close()
            let reading = Task { try await client.get("/web/api/events") }
            let (status, body) = try await reading.value
            #expect(status == 200)
            #expect(body.hasPrefix("retry: 1000\nevent: hello\ndata: {\"boot\":\"\(client.site.bootID)\"}"))
            #expect(body.contains("event: directory"))
        }
    }

    /// The next event about message `id` (seeded messages and keep-alives skipped), as name and JSON data.
    static func next(_ iterator: inout AsyncStream<String>.Iterator, about id: String) async -> (name: String, data: JSONValue)? {
        while let chunk = await iterator.next() {
            guard chunk.hasPrefix("event: ") else { continue }
            let lines = chunk.split(separator: "\n")
            let name = String(lines[0].dropFirst("event: ".count))
            guard name != "directory" else { continue }
            let text = String(lines[1].dropFirst("data: ".count))
            let data = (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) ?? .null
            if data["id"]?.asString == id { return (name, data) }
        }
        return nil
    }
}
