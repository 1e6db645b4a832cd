import Logging
import Synchronization
import Testing
import TestSupport
@testable import raidbot

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `raidbot sandbox`: a scripted session through the real bot and the local Discord stand-in (the
/// console's grammar and rendering are tested in SandboxConsoleTests).
@Suite struct SandboxSessionTests {
    @Test("a scripted session: the guild is configured, a run is posted, joined and started, mentions read as names")
    func scriptedSession() async throws {
        let folder = try TemporaryFolder(prefix: "sandbox")
        let (lines, input) = AsyncStream.makeStream(of: String.self)
        for line in ["/run dungeon:SHATTERS party:p1 location:USW", "as raider_rin", "click Join", "/nosuchcommand",
                     "select \"Pick your class\" Priest", "as leader_lee", "click Organizer Panel", "click Start", "show", "quit"] {
            input.yield(line)
        }
        let output = Mutex<[String]>([])
        try await SandboxSession(databaseFolder: folder.path, logger: Logger(label: "sandbox") { _ in SwiftLogNoOpLogHandler() })
            .run(lines) { line in output.withLock { $0.append(line) } }
        let said = output.withLock { $0 }.joined(separator: "\n")
        #expect(said.contains("✅ Role configuration updated") && said.contains("Organizer: @Raid Leader"))
        #expect(said.contains("Run created and posted"))
        #expect(said.contains("✅ Raid joined! (2 raiders)"))
        #expect(said.contains("✗ There is no /nosuchcommand"))
        #expect(said.contains("Class set to **Priest**"))
        #expect(said.contains("✅ **Run is LIVE!**"))
        // The public panel's redraw after Start is asynchronous; either title is the panel shown by `show`.
        #expect(said.contains(": Shatters") && said.contains("Organizer: @leader_lee") && said.contains("[Join] v1:run:join:1"))
        folder.remove()
    }

    @Test("the sandbox tour (docs/sandbox-tour.txt) plays to the end, verification included")
    func tourPlays() async throws {
        let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let tour = try String(contentsOfFile: root + "/docs/sandbox-tour.txt", encoding: .utf8)
        let folder = try TemporaryFolder(prefix: "sandbox-tour")
        let (lines, input) = AsyncStream.makeStream(of: String.self)
        for line in tour.split(separator: "\n", omittingEmptySubsequences: false) { input.yield(String(line)) }
        input.finish()
        let output = Mutex<[String]>([])
        try await SandboxSession(databaseFolder: folder.path, logger: Logger(label: "sandbox") { _ in SwiftLogNoOpLogHandler() })
            .run(lines) { line in output.withLock { $0.append(line) } }
        let said = output.withLock { $0 }
        let text = said.joined(separator: "\n")
        #expect(said.filter { $0.hasPrefix("✗") }.isEmpty, "\(said.filter { $0.hasPrefix("✗") })")
        #expect(text.contains("Run created and posted"))
        // Modmail: security_sam's plain message in the ticket thread reaches raider_rin's DMs.
        #expect(text.contains("the bot reacted ✅: relayed to the member"))
        #expect(text.contains("We're on it. Which dungeon was it?"))
        // Verification: the panel, the RealmEye steps in DMs, the code in the stand-in's description, Done.
        #expect(text.contains("Verification panel posted in #verification"))
        #expect(text.contains("📝 Add Code to RealmEye"))
        #expect(text.contains("description line 2: ") && !text.contains("description line 2: {code}"))
        #expect(text.contains("✅ Verified!"))
        #expect(said.contains { $0.hasPrefix("  newcomer_nia (nickname NiaRealm): Verified Raider") })
        // The requirement failure lands in staff review and security_sam approves it.
        #expect(text.contains("🕐 Sent to staff review"))
        #expect(text.contains("A form opened: Approve Verification"))
        #expect(said.contains { $0.hasPrefix("  newcomer_max (nickname MaxRealm): Verified Raider") })
        folder.remove()
    }
}
