import DiscordModels
import DiscordSandbox
import Testing
@testable import SandboxConsole

/// Subcommands on the command line, the RealmEye stand-in's player edits, and forms by title.
@Suite struct ConsoleSubcommandTests {
    @Test func subcommandNamesComeFirstAndOptionsFollow() throws {
        #expect(try ConsoleLine.parse("/configverification send-panel").get()
                == .command("configverification", [], path: ["send-panel"]))
        #expect(try ConsoleLine.parse("/configverification set-requirements min_stars:50 guild_required:true").get()
                == .command("configverification", [ConsoleOption(name: "min_stars", value: "50"),
                                                   ConsoleOption(name: "guild_required", value: "true")],
                            path: ["set-requirements"]))
        #expect(try ConsoleLine.parse("/admin roles add member:rin").get()
                == .command("admin", [ConsoleOption(name: "member", value: "rin")], path: ["roles", "add"]))
        // Without subcommands nothing changes.
        #expect(try ConsoleLine.parse("/run dungeon:SHATTERS").get() == .command("run", [ConsoleOption(name: "dungeon", value: "SHATTERS")]))
    }

    @Test(arguments: ["/run SHATTERS", "/run dungeon:SHATTERS extra", "/a b c d", "/x send-panel Oops"])
    func aWordThatIsNeitherASubcommandNorAnOptionIsRefused(line: String) {
        guard case .failure(let problem) = ConsoleLine.parse(line) else { Issue.record("accepted \(line)"); return }
        #expect(problem.message.contains("name:value"))
    }

    static let declared: [ApplicationCommandOption] = [
        ApplicationCommandOption(type: .subCommand, name: "send-panel", description: "Post", options: [
            ApplicationCommandOption(type: .channel, name: "channel", description: "Where"),
        ]),
        ApplicationCommandOption(type: .subCommandGroup, name: "roles", description: "Roles", options: [
            ApplicationCommandOption(type: .subCommand, name: "add", description: "Add", options: [
                ApplicationCommandOption(type: .string, name: "name", description: "Name"),
            ]),
        ]),
    ]

    @Test func aPathIsCheckedAgainstTheDeclarationAndNestsTheOptions() throws {
        let (options, nest) = try ConsoleSubcommands.resolve("/cfg", Self.declared, path: ["send-panel"])
        #expect(options.map(\.name) == ["channel"])
        #expect(nest([.string("channel", "x")]).map(\.name) == ["send-panel"])
        let (groupOptions, groupNest) = try ConsoleSubcommands.resolve("/cfg", Self.declared, path: ["roles", "add"])
        #expect(groupOptions.map(\.name) == ["name"])
        #expect(groupNest([]).map(\.name) == ["roles"])
        let plain = [ApplicationCommandOption(type: .string, name: "dungeon", description: "Dungeon")]
        #expect(try ConsoleSubcommands.resolve("/run", plain, path: []).0.map(\.name) == ["dungeon"])
    }

    @Test(arguments: [
        ([String](), "/cfg needs a subcommand: send-panel, roles"),
        (["nope"], "/cfg has no subcommand nope; it has send-panel, roles"),
        (["roles"], "/cfg roles needs a subcommand: add"),
        (["roles", "nope"], "/cfg roles has no subcommand nope; it has add"),
        (["send-panel", "more"], "/cfg send-panel has no subcommand more"),
    ])
    func aMissingOrUnknownSubcommandIsNamedWithTheOnesThatExist(path: [String], message: String) {
        #expect(throws: ConsoleProblem.self) { try ConsoleSubcommands.resolve("/cfg", Self.declared, path: path) }
        do {
            _ = try ConsoleSubcommands.resolve("/cfg", Self.declared, path: path)
        } catch let problem as ConsoleProblem {
            #expect(problem.message.hasPrefix(message), "\(problem.message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aCommandWithoutSubcommandsSaysSo() {
        let plain = [ApplicationCommandOption(type: .string, name: "dungeon", description: "Dungeon")]
        do {
            _ = try ConsoleSubcommands.resolve("/run", plain, path: ["shatters"])
            Issue.record("accepted")
        } catch let problem as ConsoleProblem {
            #expect(problem.message == "/run has no subcommand shatters; options look like name:value (it has dungeon)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func realmEyeLinesEditTheStandInsPlayer() throws {
        #expect(try ConsoleLine.parse("realmeye NiaRealm description \"Raiding daily\" | {code}").get()
                == .realmEye("NiaRealm", .description(["Raiding daily", "{code}"])))
        #expect(try ConsoleLine.parse("realmeye NiaRealm description").get() == .realmEye("NiaRealm", .description([])))
        #expect(try ConsoleLine.parse("realmeye MaxRealm stars 20").get() == .realmEye("MaxRealm", .stars(20)))
        #expect(try ConsoleLine.parse("realmeye MaxRealm fame 900").get() == .realmEye("MaxRealm", .fame(900)))
        #expect(try ConsoleLine.parse("RealmEye MaxRealm characters 2").get() == .realmEye("MaxRealm", .characters(2)))
        #expect(try ConsoleLine.parse("realmeye MaxRealm private").get() == .realmEye("MaxRealm", .privacy(true)))
        #expect(try ConsoleLine.parse("realmeye MaxRealm public").get() == .realmEye("MaxRealm", .privacy(false)))
        #expect(try ConsoleLine.parse("realmeye MaxRealm").get() == .realmEye("MaxRealm", .show))
        for bad in ["realmeye MaxRealm stars many", "realmeye MaxRealm stars -1", "realmeye MaxRealm stars 1 2",
                    "realmeye MaxRealm dance", "realmeye MaxRealm private now", "realmeye A description a | b | c | d"] {
            guard case .failure = ConsoleLine.parse(bad) else { Issue.record("accepted \(bad)"); continue }
        }
    }

    @Test func theCodeIsReadFromTheFirstCodeBlock() {
        #expect(SandboxConsole.firstCodeBlock("Put this code:\n```\nAbC23xyz\n```\n1. Log in") == "AbC23xyz")
        #expect(SandboxConsole.firstCodeBlock("no block here") == nil)
        #expect(SandboxConsole.firstCodeBlock("```\n```") == nil)
    }

    @Test("the stand-in keeps the player it shows, so edits add up")
    func standInEditsAddUp() async throws {
        let realmEye = try await RealmEyeStandIn.start()
        realmEye.set(RealmEyeStandInProfile(name: "NiaRealm", description: ["hi"], stars: 40))
        realmEye.update("niarealm") { $0.stars = 12 }
        let profile = try #require(realmEye.profile("NIAREALM"))
        #expect(profile.stars == 12 && profile.description == ["hi"] && profile.name == "NiaRealm")
        let created = realmEye.update("MaxRealm") { $0.isPrivate = true }
        #expect(created.isPrivate && created.html.contains("This profile is private."))
        realmEye.set("MaxRealm", .status(429))
        #expect(realmEye.profile("MaxRealm") == nil)
        await realmEye.stop()
    }
}
