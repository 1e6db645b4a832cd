import DiscordModels
import DiscordSandbox
import Hummingbird

/// The page's live feed, as server-sent events: `hello` (the boot id, so a page notices a restart),
/// then every message the viewer can see (`upsert`), and afterwards each creation or edit
/// (`upsert`, carrying the edit count) and deletion (`remove`), plus `directory` when channels,
/// threads, DMs or members change.
///
/// It wakes when the bot's next REST request has been applied (the stand-in records a request
/// after handling it), diffs the viewer's view against the last one sent, and sends the
/// differences; so an edit the bot coalesced into one PATCH arrives as one `upsert`. With nothing
/// happening it sends a comment every `keepAlive`, which is also how soon it notices `close()`.
struct EventStream: Sendable {
    let site: SandboxSite
    let view: GuildView
    var keepAlive: Duration = .seconds(2)

    /// The `text/event-stream` response.
    func response() -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                try await run { try await writer.write(ByteBuffer(string: $0)) }
                try await writer.finish(nil)
            })
    }

    /// Sends events through `send` until the site closes or the page goes away (`send` throws).
    /// Each pass sends what changed before it looks at `close()`, so every stream carries the guild as
    /// it stands, even one that opens as the site closes.
    func run(_ send: (String) async throws -> Void) async throws {
        let requests = view.sandbox.requests
        try await send("retry: 1000\n" + Self.event("hello", .object(["boot": .string(site.bootID)])))
        var sent: [Snowflake: SandboxMessage] = [:]
        var directory = JSONValue.null
        while true {
            let cursor = await requests.count
            let now = await view.directory()
            if now != directory {
                directory = now
                try await send(Self.event("directory", now))
            }
            try await sendChanges(from: &sent, send)
            if site.isClosed || Task.isCancelled { return }
            let woke = try? await requests.first(after: cursor, within: keepAlive) { _ in true }
            if woke == nil { try await send(": keep-alive\n\n") }
        }
    }

    /// Upserts for new or changed messages and removals for vanished ones, oldest first.
    func sendChanges(from sent: inout [Snowflake: SandboxMessage], _ send: (String) async throws -> Void) async throws {
        let visible = await view.visibleMessages()
        let current = Dictionary(visible.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        for message in visible where sent[message.id] != message {
            try await send(Self.event("upsert", GuildView.message(message)))
        }
        for (id, old) in sent.sorted(by: { $0.key < $1.key }) where current[id] == nil {
            try await send(Self.event("remove", .object(["id": WebJSON.id(id), "channel": WebJSON.id(old.channelID)])))
        }
        sent = current
    }

    /// One event in the `text/event-stream` format (JSON has no raw newlines, so one data line).
    static func event(_ name: String, _ data: JSONValue) -> String {
        "event: \(name)\ndata: \(WebJSON.text(data))\n\n"
    }
}
