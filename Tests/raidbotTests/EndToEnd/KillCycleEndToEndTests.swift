import Foundation
import Testing

/// A member's click is never lost: the real binary killed (SIGKILL) or stopped (SIGTERM) in the
/// middle of a join burst, and restarted at once.
@Suite("Kill cycles end to end", .serialized, .timeLimit(.minutes(3)))
struct KillCycleEndToEndTests {
    @Test("interrupted mid-burst: every acknowledged join kept, confirmed, given its role; panel final; no 40060",
          arguments: [SIGKILL, SIGTERM])
    func interruptedBurstLosesNothing(signal: Int32) async throws {
        let stage = try await KillCycleStage.make(roleLimit: 100) // roles at once: the suite stays fast
        try await stage.launch()
        let report = try await stage.cycle(joins: 40, perSecond: 200, interruptAfter: 20, signal: signal)
        await stage.stop()
        #expect(report.acknowledged > 0)
        #expect(report.lost == 0, "\(report)")
        #expect(report.neverTold == 0, "\(report)")
        #expect(report.withoutRole == 0, "\(report)")
        #expect(report.refusedAsAcknowledged == 0, "\(report)")
        #expect(report.panelShowsFinalCount, "\(report)")
    }
}
