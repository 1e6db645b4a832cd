import Testing
import DiscordModels
import DiscordSandbox
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import DiscordREST

/// The client end to end against DiscordSandbox: real libcurl, real HTTP, Discord's headers and errors.
@Suite struct SandboxEndToEndTests {
    static let messagesRoute = RouteSelector(method: "POST", route: "/channels/{channel.id}/messages")

    /// The default deadline is generous: the whole suite runs in one process on two cores, and a
    /// busy moment must not read as a Discord timeout (the timeout test sets its own 300 ms).
    static func client(_ sandbox: DiscordSandbox, timeout: Duration = .seconds(30)) -> DiscordREST {
        let policy = RateLimitPolicy(serverErrorBackoff: .milliseconds(5))
        return DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: sandbox.configuration.token,
                                                            requestTimeout: timeout, policy: policy))
    }

    static func channel(_ sandbox: DiscordSandbox, _ name: String = "raid-status") async throws -> Snowflake {
        try #require(await sandbox.guild.channel(named: name)).id
    }

    static func expectError(_ body: () async throws -> Void, matches: (RESTError.Kind) -> Bool) async {
        do {
            try await body()
            Issue.record("expected an error")
        } catch let error as RESTError {
            #expect(matches(error.kind), "got \(error)")
        } catch {
            Issue.record("expected RESTError, got \(error)")
        }
    }

    @Test func createdMessageLandsInTheGuildWithBotHeaders() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            let channelID = try await Self.channel(sandbox)
            let message = try await rest.createMessage(channelID: channelID, MessageCreate(content: "Headcount: Shatters"))
            #expect(message.content == "Headcount: Shatters")
            #expect(await sandbox.guild.messages(in: channelID).map(\.id) == [message.id])
            let recorded = try #require(await sandbox.recordedRequests.first)
            #expect(recorded.hadAuthorization)
            #expect(recorded.status == 200)
        }
    }

    @Test func injected429IsWaitedOutAndTheMessageIsSentOnce() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            await sandbox.inject(.rateLimited(retryAfter: 0.05), on: Self.messagesRoute)
            let message = try await rest.createMessage(channelID: try await Self.channel(sandbox), MessageCreate(content: "x"))
            #expect(await sandbox.recordedRequests.map(\.status) == [429, 200])
            #expect(await sandbox.guild.messages(in: message.channelID).count == 1)
        }
    }

    @Test func global429HoldsOtherRoutesUntilItPasses() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            await sandbox.inject(.rateLimited(retryAfter: 0.2, global: true, scope: "global"))
            let started = ContinuousClock.now
            _ = try await rest.listRoles(guildID: sandbox.guild.id)
            #expect(started.duration(to: .now) >= .milliseconds(200))
            #expect(await sandbox.recordedRequests.map(\.status) == [429, 200])
        }
    }

    @Test func serverErrorsAreRetriedForGetButNotForPost() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            await sandbox.inject(.serverError(status: 502), count: 2)
            _ = try await rest.listRoles(guildID: sandbox.guild.id)
            #expect(await sandbox.recordedRequests.map(\.status) == [502, 502, 200])
            await sandbox.inject(.serverError(status: 502), on: Self.messagesRoute)
            let channelID = try await Self.channel(sandbox)
            await Self.expectError({ _ = try await rest.createMessage(channelID: channelID, MessageCreate(content: "x")) }) {
                $0 == .http(status: 502, body: nil) || { if case .http(502, _) = $0 { true } else { false } }($0)
            }
            #expect(await sandbox.recordedRequests.count == 4)
        }
    }

    @Test func messageCreateWithAnEnforcedNonceIsRetriedAfter502() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            await sandbox.inject(.serverError(status: 502), on: Self.messagesRoute)
            let message = MessageCreate(content: "Run started", nonce: "run-12-start", enforceNonce: true)
            _ = try await rest.createMessage(channelID: try await Self.channel(sandbox), message)
            #expect(await sandbox.recordedRequests.map(\.status) == [502, 200])
        }
    }

    @Test func interactionCallbackHonoursA429OnItsRoute() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            let callbackRoute = RouteSelector(method: "POST", route: "/interactions/{interaction.id}/{interaction.token}/callback")
            await sandbox.inject(.rateLimited(retryAfter: 0.05), on: callbackRoute)
            await Self.expectError({
                try await rest.interactionCallback(id: 5, token: "tok", response: .deferredUpdate)
            }) { kind in
                if case .http(404, let body?) = kind { return body.code == 10062 }
                return false
            }
            #expect(await sandbox.recordedRequests.map(\.status) == [429, 404])
        }
    }

    @Test func interactionCallbackIsNotRetriedPastDiscordsThreeSecondWindow() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            let callbackRoute = RouteSelector(method: "POST", route: "/interactions/{interaction.id}/{interaction.token}/callback")
            await sandbox.inject(.rateLimited(retryAfter: 10), on: callbackRoute)
            await Self.expectError({
                try await rest.interactionCallback(id: 5, token: "tok", response: .deferredUpdate)
            }) { kind in
                if case .http(429, _) = kind { return true }
                return false
            }
            #expect(await sandbox.recordedRequests.map(\.status) == [429]) // answered at once, not retried after 10 s
        }
    }

    @Test func slowDiscordPastTheDeadlineIsATimeout() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox, timeout: .milliseconds(300))
            await sandbox.inject(.delay(.seconds(3)))
            await Self.expectError({ _ = try await rest.getGatewayBot() }) { $0 == .timeout }
        }
    }

    @Test func discordErrorBodyIsParsedIntoTheTypedError() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            await Self.expectError({ _ = try await rest.getMember(guildID: sandbox.guild.id, userID: 42) }) { kind in
                if case .http(404, let body?) = kind { return body.code == 10007 }
                return false
            }
        }
    }

    @Test func wrongTokenIsUnauthorizedAndStopsTheClient() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: "wrong"))
            await Self.expectError({ _ = try await rest.getGatewayBot() }) { $0 == .unauthorized }
            await Self.expectError({ _ = try await rest.listRoles(guildID: sandbox.guild.id) }) { $0 == .unauthorized }
            #expect(await sandbox.recordedRequests.count == 1)
        }
    }

    @Test func enforcedBucketsAreNeverExceeded() async throws {
        let limits = SandboxRateLimitPolicy(limit: 2, window: .milliseconds(400), enforce: true)
        try await DiscordSandbox.withSandbox(SandboxConfiguration(rateLimit: limits)) { sandbox in
            let rest = Self.client(sandbox)
            let channelID = try await Self.channel(sandbox)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<6 {
                    group.addTask { _ = try await rest.createMessage(channelID: channelID, MessageCreate(content: "\(index)")) }
                }
                try await group.waitForAll()
            }
            let statuses = await sandbox.recordedRequests.map(\.status)
            #expect(statuses == Array(repeating: 200, count: 6))
            #expect(await sandbox.guild.messages(in: channelID).count == 6)
        }
    }

    @Test func interactionCallbackIsNotQueuedBehindASaturatedBucket() async throws {
        let limits = SandboxRateLimitPolicy(limit: 1, window: .seconds(60))
        try await DiscordSandbox.withSandbox(SandboxConfiguration(rateLimit: limits)) { sandbox in
            let rest = Self.client(sandbox)
            let channelID = try await Self.channel(sandbox)
            _ = try await rest.createMessage(channelID: channelID, MessageCreate(content: "fills the bucket"))
            await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await rest.createMessage(channelID: channelID, MessageCreate(content: "waits")) }
                let started = ContinuousClock.now
                // Unknown interaction: the sandbox answers 404/10062 at once; the point is that it was sent at once.
                await Self.expectError({
                    try await rest.interactionCallback(id: 77, token: "tok", response: .deferredMessage(ephemeral: true))
                }) { kind in
                    if case .http(404, let body?) = kind { return body.code == 10062 }
                    return false
                }
                #expect(started.duration(to: .now) < .seconds(20)) // not the 60 s bucket wait; generous for shared machines
                group.cancelAll()
                await #expect(throws: CancellationError.self) { try await group.next() }
            }
            let callback = try #require(await sandbox.recordedRequests.last)
            #expect(callback.path.contains("/interactions/77/"))
            #expect(!callback.hadAuthorization)
            #expect(await sandbox.recordedRequests.count == 2)
        }
    }

    @Test func typedEndpointsChangeTheGuild() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            let guildID = sandbox.guild.id
            let raider = try #require(await sandbox.guild.member(named: "raider_ray"))
            let leader = try #require(await sandbox.guild.role(named: "Raid Leader"))
            try await rest.addMemberRole(guildID: guildID, userID: raider.id, roleID: leader.id, reason: "promoted: 50 runs")
            #expect(await sandbox.guild.member(raider.id)?.roleIDs.contains(leader.id) == true)
            let renamed = try await rest.modifyMember(guildID: guildID, userID: raider.id,
                                                      MemberModification(nick: .set("Ray | RL")))
            #expect(renamed.nick == "Ray | RL")
            let info = try await rest.getGatewayBot()
            #expect(info.url == sandbox.gatewayURL)
            let dm = try await rest.openDM(recipientID: raider.id)
            #expect(await sandbox.guild.dmChannel(with: raider.id)?.id == dm.id)
            let roleCall = try #require(await sandbox.recordedRequests.first)
            let reason = roleCall.headers.first { $0.key.lowercased() == "x-audit-log-reason" }?.value
            #expect(reason == "promoted%3A%2050%20runs")
        }
    }
}
