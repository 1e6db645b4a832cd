import Logging
import Synchronization
import Testing
@testable import raidbot

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `raidbot sandbox`: the console's grammar, and a scripted session through the real bot and the
/// local Discord stand-in.
@Suite struct SandboxConsoleTests {
    @Test func parsesCommandsWithQuotedValuesAndTheConsoleWords() throws {
        #expect(try ConsoleLine.parse("/run dungeon:SHATTERS description:\"bring priests\"").get()
                == .command("run", [ConsoleOption(name: "dungeon", value: "SHATTERS"),
                                    ConsoleOption(name: "description", value: "bring priests")]))
        #expect(try ConsoleLine.parse("click Organizer Panel").get() == .click("Organizer Panel"))
        #expect(try ConsoleLine.parse("select v1:run:class:1 Priest").get() == .select("v1:run:class:1", ["Priest"]))
        #expect(try ConsoleLine.parse("submit v1:run:chain_modal:1 chain=5").get()
                == .submit("v1:run:chain_modal:1", [ConsoleOption(name: "chain", value: "5")]))
        #expect(try ConsoleLine.parse("as raider_rin").get() == .actAs("raider_rin"))
        #expect(try ConsoleLine.parse("   ").get() == nil)
        #expect(try ConsoleLine.parse("# a comment").get() == nil)
        #expect(try ConsoleLine.parse("show").get() == .show(nil))
        #expect(ConsoleLine.tokens("a \"\" b") == ["a", "", "b"])
    }

    @Test("the README's sandbox tour (docs/sandbox-tour.txt) is made only of lines the console understands")
    func tourParses() throws {
        let path = String(#filePath.split(separator: "/").dropLast(3).joined(separator: "/"))
        let text = try String(contentsOfFile: "/" + path + "/docs/sandbox-tour.txt", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        for line in lines {
            guard case .success = ConsoleLine.parse(line) else { Issue.record("the console refuses: \(line)"); continue }
        }
    }

    @Test func refusesWhatItDoesNotUnderstandInWords() {
        guard case .failure(let problem) = ConsoleLine.parse("dance wildly") else { Issue.record("accepted"); return }
        #expect(problem.message.contains("help"))
        guard case .failure(let option) = ConsoleLine.parse("/run SHATTERS") else { Issue.record("accepted"); return }
        #expect(option.message.contains("name:value"))
    }

    @Test("a scripted session: the guild is configured, a run is posted, joined and started, mentions read as names")
    func scriptedSession() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UInt64.random(in: 0...UInt64.max))").path
        let (lines, input) = AsyncStream.makeStream(of: String.self)
        for line in ["/run dungeon:SHATTERS party:p1 location:USW", "as raider_rin", "click Join", "/nosuchcommand",
                     "select \"Pick your class\" Priest", "as leader_lee", "click Organizer Panel", "click Start", "show", "quit"] {
            input.yield(line)
        }
        let output = Mutex<[String]>([])
        try await SandboxSession(databaseFolder: folder, logger: Logger(label: "sandbox") { _ in SwiftLogNoOpLogHandler() })
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
        try? FileManager.default.removeItem(atPath: folder)
    }
}
