import Testing
@testable import SandboxConsole

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The console's grammar: what a typed line means, and what it refuses in words.
@Suite struct ConsoleLineTests {
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
        #expect(try ConsoleLine.parse("dm \"My key was stolen\" today").get() == .directMessage("My key was stolen today"))
        #expect(try ConsoleLine.parse("say #raid-status \"On my way\" now").get() == .say(channel: "#raid-status", text: "On my way now"))
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
}
