import DiscordModels
import DiscordSandbox
import Testing
@testable import SandboxWeb

/// The page's JSON endpoints over loopback: assets, the directory, console lines, joining.
@Suite(.serialized) struct WebAPITests {
    @Test("the page and its assets are served from the binary")
    func servesThePage() async throws {
        try await WebClient.with { client in
            let (status, page) = try await client.get("/")
            #expect(status == 200)
            #expect(page.contains("/web/app.js") && page.contains("id=\"tourNext\""))
            #expect(try await client.get("/web/app.js").1.contains("new EventSource"))
            #expect(try await client.get("/web/app.css").1.contains(".embed"))
        }
    }

    @Test("before the guild is set up every endpoint answers 503")
    func unavailableUntilAttached() async throws {
        try await WebClient.with(attach: false) { client in
            let state = try await client.get("/web/api/state")
            let line = try await client.post("line", .object(["line": .string("help")]))
            #expect(state.0 == 503 && line.0 == 503)
        }
    }

    @Test("the state lists members, channels, the default channel and the tour")
    func state() async throws {
        try await WebClient.with { client in
            let (status, state) = try await client.json("/web/api/state")
            #expect(status == 200)
            let members = state["members"]?.asArray?.compactMap { $0["name"]?.asString } ?? []
            #expect(members.contains("raider_rin") && members.contains("raidbot"))
            let channels = state["channels"]?.asArray?.compactMap { $0["name"]?.asString } ?? []
            #expect(channels.contains("raid-status"))
            let commands = try #require(await client.sandbox.guild.channel(named: "raid-commands"))
            #expect(state["defaultChannel"]?.asString == commands.id.description)
            #expect(state["tour"]?.asArray?.count == 3)
            #expect(state["boot"]?.asString == client.site.bootID)
        }
    }

    @Test("console lines: as joins a new member, show names a channel, nonsense is refused in words")
    func consoleLines() async throws {
        try await WebClient.with { client in
            let owner = try #require(await client.sandbox.guild.member(named: "guild_owner"))
            let channel = try #require(await client.sandbox.guild.channel(named: "raid-commands"))
            let base: [String: JSONValue] = ["as": .string(owner.id.description), "channel": .string(channel.id.description)]
            func line(_ text: String) async throws -> (Int, JSONValue) {
                var body = base
                body["line"] = .string(text)
                return try await client.post("line", .object(body))
            }
            let (joined, answer) = try await line("as newcomer")
            #expect(joined == 200)
            let newcomer = try #require(await client.sandbox.guild.member(named: "newcomer"))
            #expect(answer["member"]?.asString == newcomer.id.description)
            let raid = try #require(await client.sandbox.guild.channel(named: "raid-status"))
            #expect(try await line("show raid-status").1["channel"]?.asString == raid.id.description)
            // Channels resolve as on the console: part of a name, and `dm` for the member's own DMs.
            #expect(try await line("show raid-stat").1["channel"]?.asString == raid.id.description)
            #expect(try await line("show dm").0 == 422)
            let (refused, problem) = try await line("dance wildly")
            #expect(refused == 422)
            #expect(problem["error"]?.asString?.contains("I don't understand") == true)
            let (unknown, missing) = try await line("/nosuchcommand")
            #expect(unknown == 422)
            #expect(missing["error"]?.asString?.contains("There is no /nosuchcommand") == true)
            #expect(try await client.post("line", .object(["line": .string("help")])).0 == 400)
        }
    }

    @Test("joining from the member switcher adds a member once")
    func join() async throws {
        try await WebClient.with { client in
            let (status, answer) = try await client.post("members", .object(["name": .string("web_walker")]))
            #expect(status == 200)
            let again = try await client.post("members", .object(["name": .string("web_walker")])).1
            #expect(answer["member"] == again["member"])
            #expect(try await client.post("members", .object(["name": .string("two words")])).0 == 422)
        }
    }

    @Test("a member's DM to the bot opens their DM channel and shows in it")
    func memberWritesFirst() async throws {
        try await WebClient.with { client in
            let rin = try #require(await client.sandbox.guild.member(named: "raider_rin"))
            let (status, answer) = try await client.post("dm", .object(["as": .string(rin.id.description),
                                                                        "content": .string("I need help")]))
            #expect(status == 200)
            let channel = try #require(answer["channel"]?.asString)
            let messages = try await client.json("/web/api/channels/\(channel)/messages?as=\(rin.id)").1
            #expect(messages.asArray?.first?["content"]?.asString == "I need help")
            let empty = try await client.post("dm", .object(["as": .string(rin.id.description), "content": .string("")]))
            #expect(empty.0 == 422)
        }
    }

    @Test("a DM shows only to its recipient")
    func directMessages() async throws {
        try await WebClient.with { client in
            let rin = try #require(await client.sandbox.guild.member(named: "raider_rin"))
            let ray = try #require(await client.sandbox.guild.member(named: "raider_ray"))
            let dm = try await client.asBot(.post, "/users/@me/channels", .object(["recipient_id": .string(rin.id.description)])).1
            let dmID = try #require(dm["id"]?.asString)
            #expect(try await client.asBot(.post, "/channels/\(dmID)/messages", .object(["content": .string("hello rin")])).0 == 200)
            let forRin = try await client.json("/web/api/state?as=\(rin.id)").1
            #expect(forRin["dms"]?.asArray?.count == 1)
            #expect(try await client.json("/web/api/state?as=\(ray.id)").1["dms"]?.asArray?.isEmpty == true)
            let messages = try await client.json("/web/api/channels/\(dmID)/messages?as=\(rin.id)").1
            #expect(messages.asArray?.first?["content"]?.asString == "hello rin")
        }
    }

    @Test("realmeye lines edit the RealmEye stand-in's player, and say so when none runs")
    func realmEyeLines() async throws {
        let realmEye = try await RealmEyeStandIn.start()
        for attached in [true, false] {
            try await WebClient.with(realmEye: attached ? realmEye : nil) { client in
                let owner = try #require(await client.sandbox.guild.member(named: "guild_owner"))
                let channel = try #require(await client.sandbox.guild.channel(named: "raid-commands"))
                let (status, answer) = try await client.post("line", .object([
                    "as": .string(owner.id.description), "channel": .string(channel.id.description),
                    "line": .string("realmeye WebRealm stars 7"),
                ]))
                if attached {
                    #expect(status == 200)
                    #expect(answer["lines"]?.asArray?.first?.asString?.contains("WebRealm, 7 stars") == true)
                    #expect(realmEye.profile("webrealm")?.stars == 7)
                } else {
                    #expect(status == 422)
                    #expect(answer["error"]?.asString?.contains("No RealmEye stand-in") == true)
                }
            }
        }
        await realmEye.stop()
    }
}
