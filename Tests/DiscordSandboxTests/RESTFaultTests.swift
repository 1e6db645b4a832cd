import DiscordModels
import DiscordSandbox
import Testing

@Suite("REST faults and rate limits")
struct RESTFaultTests {
    @Test("An injected 429 carries retry_after, global and scope, then the route works again")
    func injected429() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let route = RouteSelector(method: "POST", route: "/channels/{channel.id}/messages")
            await sandbox.inject(.rateLimited(retryAfter: 1.5, global: false, scope: "shared"), on: route)
            let body: JSONValue = .object(["content": .string("hi")])
            let limited = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: body)
            #expect(limited.status == 429)
            #expect(limited.json?["retry_after"]?.numberValue == 1.5)
            #expect(limited.json?["global"]?.asBool == false)
            #expect(limited.header("Retry-After") == "2")
            #expect(limited.header("X-RateLimit-Scope") == "shared")
            #expect(limited.header("X-RateLimit-Remaining") == "0")
            #expect(limited.header("X-RateLimit-Global") == nil)
            let next = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: body)
            #expect(next.status == 200)
            #expect(await sandbox.guild.messages(in: channel.id).count == 1)
        }
    }

    @Test("A global 429 says so in body and header; faults only hit the selected route")
    func global429OnlyOnSelectedRoute() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            await sandbox.inject(.rateLimited(retryAfter: 0.25, global: true, scope: "global"),
                                 on: RouteSelector(method: "GET", route: "/gateway/bot"), count: 2)
            let other = try await rest(sandbox, "GET", "/users/@me")
            #expect(other.status == 200)
            for _ in 0..<2 {
                let limited = try await rest(sandbox, "GET", "/gateway/bot")
                #expect(limited.status == 429)
                #expect(limited.json?["global"]?.asBool == true)
                #expect(limited.header("X-RateLimit-Global") == "true")
            }
            #expect(try await rest(sandbox, "GET", "/gateway/bot").status == 200)
        }
    }

    @Test("An injected 502 answers with Discord's error body and changes nothing")
    func injected502() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            await sandbox.inject(.serverError(status: 502))
            let reply = try await rest(sandbox, "POST", "/channels/\(channel.id)/messages", body: .object(["content": .string("x")]))
            #expect(reply.status == 502)
            #expect(reply.json?["code"]?.asInt == 0)
            #expect(await sandbox.guild.messages(in: channel.id).isEmpty)
        }
    }

    @Test("A delay fault holds the response at least that long")
    func delayedResponse() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            await sandbox.inject(.delay(.milliseconds(300)), on: RouteSelector(route: "/users/@me"))
            let clock = ContinuousClock()
            let start = clock.now
            let reply = try await rest(sandbox, "GET", "/users/@me")
            #expect(reply.status == 200)
            #expect(clock.now - start >= .milliseconds(300))
        }
    }

    @Test("With enforcement on, the request past the limit in one window gets a real 429 (scope user)")
    func enforcedBucketLimit() async throws {
        let configuration = SandboxConfiguration(rateLimit: SandboxRateLimitPolicy(limit: 2, window: .seconds(60), enforce: true))
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            let statuses = try await [
                rest(sandbox, "GET", "/users/@me").status,
                rest(sandbox, "GET", "/users/@me").status,
                rest(sandbox, "GET", "/users/@me").status,
            ]
            #expect(statuses == [200, 200, 429])
            let limited = try await sandbox.firstRequest { $0.status == 429 }
            #expect(limited.route == "/users/@me")
        }
    }

    @Test("nextRequest waits for a request that arrives later; firstRequest also sees earlier ones")
    func waitingForRequests() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            _ = try await rest(sandbox, "GET", "/users/@me")
            try await withThrowingTaskGroup(of: RecordedRequest.self) { group in
                group.addTask { try await sandbox.nextRequest { $0.route == "/users/@me" } }
                group.addTask { try await sandbox.firstRequest { $0.route == "/users/@me" } }
                let earliest = try #require(try await group.next())
                #expect(earliest.sequence == 0)
                _ = try await rest(sandbox, "GET", "/users/@me")
                let later = try #require(try await group.next())
                #expect(later.sequence == 1)
            }
        }
    }
}
