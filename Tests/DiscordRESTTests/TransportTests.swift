import Testing
import Synchronization
import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import DiscordREST

/// The client over real libcurl against a scripted loopback server.
@Suite struct TransportTests {
    static let token = "sekret.token.value"

    static func client(_ server: LoopbackHTTPServer, timeout: Duration = .seconds(5),
                       policy: RateLimitPolicy = RateLimitPolicy(serverErrorBackoff: .milliseconds(5))) -> DiscordREST {
        DiscordREST(configuration: RESTConfiguration(apiBase: server.apiBase, token: token,
                                                     requestTimeout: timeout, policy: policy))
    }

    static func expectError(_ expected: RESTError.Kind, _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("expected \(expected), got success")
        } catch let error as RESTError {
            #expect(error.kind == expected)
            #expect(!error.description.contains(token))
        } catch {
            Issue.record("expected RESTError, got \(error)")
        }
    }

    @Test func requestCarriesBotHeadersAndResponseHeadersAreCaseInsensitive() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 200, headers: [("X-Custom-Thing", "yes")], body: "{}") }
        defer { server.stop() }
        let rest = Self.client(server)
        let request = RESTRequest(method: .put, path: "/guilds/1/members/2/roles/3", auditLogReason: "won raid #4")
        let response = try await rest.send(request)
        #expect(response.status == 200)
        #expect(response.headers["x-custom-thing"] == "yes")
        let received = try #require(server.received.first)
        #expect(received.method == "PUT")
        #expect(received.path == "/api/v10/guilds/1/members/2/roles/3")
        #expect(received.headers["authorization"] == "Bot \(Self.token)")
        #expect(received.headers["user-agent"]?.hasPrefix("DiscordBot (") == true)
        #expect(received.headers["x-audit-log-reason"] == "won%20raid%20%234")
        #expect(received.headers["content-length"] == "0")
    }

    @Test func linkedLibcurlSpeaksHTTP2() {
        #expect(CurlTransport.supportsHTTP2)
        #expect(CurlTransport.libcurlVersion.hasPrefix("libcurl/"))
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 200, body: "[]") }
        defer { server.stop() }
        let rest = Self.client(server)
        for _ in 0..<20 { _ = try await rest.listRoles(guildID: 1) }
        #expect(server.received.count == 20)
        #expect(server.acceptedConnections == 1)
    }

    @Test func requestPastItsDeadlineFailsWithTimeout() async throws {
        let server = try LoopbackHTTPServer { _ in .neverAnswer }
        defer { server.stop() }
        let rest = Self.client(server, timeout: .milliseconds(300))
        let started = ContinuousClock.now
        await Self.expectError(.timeout) { _ = try await rest.getGatewayBot() }
        // The 300 ms deadline fired, not the 25 s default (generous: the machines are shared).
        #expect(started.duration(to: .now) < .seconds(20))
    }

    @Test func a429IsWaitedOutThenTheRequestSucceeds() async throws {
        let calls = Counter()
        let server = try LoopbackHTTPServer { _ in
            calls.next() == 0
                ? .respond(status: 429, headers: [("Retry-After", "1"), ("X-RateLimit-Scope", "user")],
                           body: #"{"message":"You are being rate limited.","retry_after":0.05,"global":false}"#)
                : .respond(status: 200, body: #"{"url":"ws://127.0.0.1:1/gateway","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":1}}"#)
        }
        defer { server.stop() }
        let info = try await Self.client(server).getGatewayBot()
        #expect(info.url == "ws://127.0.0.1:1/gateway")
        #expect(server.received.count == 2)
    }

    @Test func discordErrorBodyBecomesATypedError() async throws {
        let server = try LoopbackHTTPServer { _ in
            .respond(status: 403, body: #"{"code":50013,"message":"Missing Permissions"}"#)
        }
        defer { server.stop() }
        let rest = Self.client(server)
        await Self.expectError(.http(status: 403, body: DiscordErrorBody(code: 50013, message: "Missing Permissions"))) {
            try await rest.addMemberRole(guildID: 1, userID: 2, roleID: 3)
        }
    }

    @Test func unauthorizedStopsEveryLaterBotRequest() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 401, body: #"{"code":0,"message":"401: Unauthorized"}"#) }
        defer { server.stop() }
        let rest = Self.client(server)
        await Self.expectError(.unauthorized) { _ = try await rest.getGatewayBot() }
        await Self.expectError(.unauthorized) { _ = try await rest.listRoles(guildID: 1) }
        #expect(server.received.count == 1)
    }

    @Test(arguments: [(HTTPMethod.get, 3), (.delete, 3), (.post, 1), (.patch, 1)])
    func serverErrorsAreRetriedOnlyForIdempotentMethods(method: HTTPMethod, expectedCalls: Int) async throws {
        let calls = Counter()
        let server = try LoopbackHTTPServer { _ in
            calls.next() < 2 ? .respond(status: 502) : .respond(status: 200, body: "{}")
        }
        defer { server.stop() }
        let rest = Self.client(server)
        let response = try? await rest.send(RESTRequest(method: method, path: "/channels/1/messages"))
        #expect(server.received.count == expectedCalls)
        #expect((response?.status == 200) == method.isIdempotent)
    }

    @Test func refusedConnectionIsATransportError() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 200) }
        server.stop()
        let rest = Self.client(server)
        await Self.expectError(.transport(curlCode: 7)) { _ = try await rest.getGatewayBot() }
    }

    @Test func oversizedMessageIsRejectedBeforeSending() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 200, body: "{}") }
        defer { server.stop() }
        let rest = Self.client(server)
        do {
            _ = try await rest.createMessage(channelID: 1, MessageCreate(content: String(repeating: "x", count: 2001)))
            Issue.record("expected a limit error")
        } catch let error as RESTError {
            if case .invalidRequest(let limit) = error.kind {
                #expect(limit.contains("2000"))
            } else {
                Issue.record("got \(error)")
            }
        }
        #expect(server.received.isEmpty)
    }

    @Test func interactionFastPathIsNotBlockedByASaturatedBucket() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path.contains("/interactions/")
                ? .respond(status: 204)
                : .respond(status: 200, headers: [("X-RateLimit-Bucket", "b1"), ("X-RateLimit-Limit", "1"),
                                                  ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "60")],
                           body: "{}")
        }
        defer { server.stop() }
        let rest = Self.client(server)
        let saturate = RESTRequest(method: .post, path: "/channels/7/messages", body: Data("{}".utf8))
        _ = try await rest.send(saturate)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try await rest.send(saturate) }  // waits 60 s for the bucket
            let started = ContinuousClock.now
            try await rest.interactionCallback(id: 5, token: "interaction-token",
                                               response: .deferredMessage(ephemeral: true))
            #expect(started.duration(to: .now) < .seconds(20)) // not the 60 s bucket wait; generous for shared machines
            group.cancelAll()
            await #expect(throws: CancellationError.self) { try await group.next() }
        }
        let callback = try #require(server.received.last)
        #expect(callback.path == "/api/v10/interactions/5/interaction-token/callback")
        #expect(callback.headers["authorization"] == nil)
        #expect(server.received.count == 2)
    }
}

/// A thread-safe call counter for scripted servers.
final class Counter: Sendable {
    private let value = Mutex(0)

    /// Returns the current count, then increments it.
    func next() -> Int {
        value.withLock { count in
            defer { count += 1 }
            return count
        }
    }
}
