import CivilTime
import DiscordREST
import DiscordSandbox
import Logging
import RealmEye
import Testing
import TestSupport

/// The client against the RealmEye stand-in over loopback: each answer's typed outcome, the
/// deadline, the User-Agent, and the one-request-per-second queue on the manual clock.
@Suite(.serialized) struct RealmEyeClientTests {
    /// Runs `body` with a stand-in and a client of it (`deadline` short for the slow case).
    private func withClient(clock: any BotClock = SystemBotClock(), deadline: Duration = .seconds(25), interval: Duration = .zero,
                            _ body: (RealmEyeStandIn, RealmEyeClient) async throws -> Void) async throws {
        let standIn = try await RealmEyeStandIn.start()
        let transport = CurlTransport()
        let client = RealmEyeClient(base: standIn.base, transport: transport, clock: clock, deadline: deadline,
                                    interval: interval, logger: Logger(label: "test"))
        do {
            try await body(standIn, client)
        } catch {
            transport.shutdown(); await standIn.stop(); throw error
        }
        transport.shutdown()
        await standIn.stop()
    }

    @Test func aProfileIsFoundWithItsDescriptionAndTheRequestIdentifiesTheBot() async throws {
        try await withClient { standIn, client in
            standIn.set(RealmEyeStandInProfile(name: "Eyeofzeus", description: ["hello", "CODE123"], stars: 70))
            guard case .found(let profile) = try await client.lookUp("eyeofzeus") else { Issue.record("not found"); return }
            #expect(profile.name == "Eyeofzeus" && profile.descriptionLines == ["hello", "CODE123"] && profile.stars == 70)
            #expect(standIn.requests.map(\.userAgent) == [RealmEyeClient.userAgent])
        }
    }

    @Test func aNameWithASpaceIsPercentEncoded() async throws {
        try await withClient { standIn, client in
            standIn.set(RealmEyeStandInProfile(name: "Two Words"))
            guard case .found = try await client.lookUp("Two Words") else { Issue.record("not found"); return }
            #expect(client.profileURL("Two Words").hasSuffix("/player/Two%20Words"))
        }
    }

    @Test(arguments: [
        (RealmEyeStandIn.Answer.status(404), RealmEyeOutcome.notFound),
        (.status(403), .blocked(status: 403)),
        (.status(429), .blocked(status: 429)),
        (.status(503), .unavailable(.status(503))),
        (.page(RealmEyeFixture.privateProfile.html), .private),
        (.page(RealmEyeFixture.notFound.html), .notFound),
        (.page(RealmEyeFixture.layoutChanged.html), .unavailable(.layoutChanged("no player name"))),
    ])
    func eachAnswerHasItsOutcome(answer: RealmEyeStandIn.Answer, expected: RealmEyeOutcome) async throws {
        try await withClient { standIn, client in
            standIn.set("Someone", answer)
            let outcome = try await client.lookUp("Someone")
            #expect(outcome == expected)
        }
    }

    @Test func aNameRealmEyeNeverSawIsNotFound() async throws {
        try await withClient { _, client in
            let outcome = try await client.lookUp("Nobodyhere")
            #expect(outcome == .notFound)
        }
    }

    @Test func aSlowRealmEyeEndsAtTheDeadline() async throws {
        try await withClient(deadline: .milliseconds(300)) { standIn, client in
            standIn.set("Slowpoke", .delayed(.seconds(3), .page(RealmEyeStandInProfile(name: "Slowpoke").html)))
            let outcome = try await client.lookUp("Slowpoke")
            #expect(outcome == .unavailable(.timeout))
        }
    }

    @Test func requestsLeaveOneSecondApartInArrivalOrder() async throws {
        let clock = ManualBotClock()
        try await withClient(clock: clock, interval: .seconds(1)) { standIn, client in
            for name in ["Alpha", "Bravo", "Charlie"] { standIn.set(RealmEyeStandInProfile(name: name)) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (index, name) in ["Alpha", "Bravo", "Charlie"].enumerated() {
                    group.addTask { _ = try await client.lookUp(name) }
                    // The next caller queues only after this one took its slot.
                    try await until { standIn.requests.count + clock.sleeperCount == index + 1 }
                }
                try await until { standIn.requests.count == 1 }
                #expect(standIn.requests.map(\.ign) == ["Alpha"])
                clock.advance(by: .milliseconds(999))
                try await Task.sleep(for: .milliseconds(50))
                #expect(standIn.requests.count == 1)
                clock.advance(by: .milliseconds(1))
                try await until { standIn.requests.count == 2 }
                clock.advance(by: .seconds(1))
                try await until { standIn.requests.count == 3 }
                #expect(standIn.requests.map(\.ign) == ["Alpha", "Bravo", "Charlie"])
                try await group.waitForAll()
            }
        }
    }

    /// Polls `condition` on real time (the stand-in answers over loopback) for up to 5 s.
    private func until(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
        #expect(condition())
    }
}
