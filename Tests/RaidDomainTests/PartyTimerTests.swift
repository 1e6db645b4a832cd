import Testing
@testable import RaidDomain

@Suite struct PartyTimerTests {
    static let start = Timestamp(unixMilliseconds: 1_700_000_000_000)

    static func post() throws -> PartyPost {
        try PartyPost.make(owner: MemberID(7), name: "Shatters crew", description: "chill runs", at: start).get()
    }

    @Test(arguments: [
        (0, 0, PartyTimerStep.wait), (109, 0, .wait), (110, 0, .warn(minutesLeft: 10, warningsSent: 1)),
        (112, 1, .wait), (115, 1, .warn(minutesLeft: 5, warningsSent: 2)), (117, 0, .warn(minutesLeft: 5, warningsSent: 2)),
        (118, 2, .wait), (120, 2, .close), (121, 0, .close),
    ])
    func theTimerWarnsOnceAtTenAndFiveMinutesThenCloses(minute: Int64, sent: Int, expected: PartyTimerStep) throws {
        #expect(try Self.post().timerStep(warningsSent: sent, at: Self.start.adding(minutes: minute)) == expected)
    }

    @Test func extendingReArmsTheWarningsOfTheNewExpiry() throws {
        let post = try Self.post()
        let late = Self.start.adding(minutes: 116)
        #expect(post.warningsDue(at: late) == 2)
        let extended = try post.extended(by: post.owner).get()
        #expect(extended.expiresAt == Self.start.adding(minutes: 180))
        #expect(extended.warningsDue(at: late) == 0)
        #expect(extended.timerStep(warningsSent: 0, at: Self.start.adding(minutes: 170)) == .warn(minutesLeft: 10, warningsSent: 1))
    }

    @Test func aRestoredPostKeepsItsStoredExpiry() throws {
        let post = try Self.post()
        let restored = PartyPost.restored(owner: post.owner, name: post.name, description: post.description,
                                          location: nil, dungeons: [], createdAt: post.createdAt,
                                          expiresAt: post.expiresAt.adding(minutes: 60))
        #expect(restored.expiresAt == Self.start.adding(minutes: 180))
        #expect(restored.threadName == "Shatters crew")
    }
}
