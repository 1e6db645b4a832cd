import Testing
@testable import RaidDomain

@Suite struct OrganizerActivityTests {
    private let liveRun = OrganizerActivity.run(RunID(1), .live, dungeonName: "Shatters", createdAt: Given.createdAt, postExists: true)
    private let openRunGone = OrganizerActivity.run(RunID(2), .open, dungeonName: "Nest", createdAt: Given.createdAt, postExists: false)
    private let endedRun = OrganizerActivity.run(RunID(3), .ended, dungeonName: "Nest", createdAt: Given.createdAt, postExists: true)
    private let headcount = OrganizerActivity.headcount(messageID: 9, createdAt: Given.createdAt, postExists: true)
    private let headcountGone = OrganizerActivity.headcount(messageID: 10, createdAt: Given.createdAt, postExists: false)

    @Test func nothingActiveAllowsANewActivity() {
        #expect((try? OrganizerActivityRule.check(existing: []).get()) == [])
        #expect((try? OrganizerActivityRule.check(existing: [endedRun]).get()) == [])
    }

    @Test func anActiveRunOrHeadcountBlocksANewOne() {
        #expect(OrganizerActivityRule.check(existing: [liveRun]) == .failure(.organizerAlreadyActive(liveRun)))
        #expect(OrganizerActivityRule.check(existing: [headcount]) == .failure(.organizerAlreadyActive(headcount)))
        #expect(RunRuleViolation.organizerAlreadyActive(liveRun).reply.contains("Shatters"))
    }

    @Test func activitiesWhoseMessageWasDeletedAreCancelledInsteadOfBlocking() {
        #expect((try? OrganizerActivityRule.check(existing: [openRunGone, headcountGone, endedRun]).get())
            == [openRunGone, headcountGone])
    }

    @Test func aBlockingActivityWinsOverAbandonedOnes() {
        #expect(OrganizerActivityRule.check(existing: [openRunGone, headcount]) == .failure(.organizerAlreadyActive(headcount)))
    }
}
