import DiscordModels
import Testing
@testable import BotKit

@Suite struct CommandCatalogTests {
    static let run = CommandDeclaration(
        name: "run", description: "Start a raid run",
        options: [ApplicationCommandOption(type: .string, name: "dungeon", description: "Dungeon", required: true,
                                           autocomplete: true)],
        gate: .rank(.organizer), deferStyle: .ephemeralReply, usage: "/run dungeon:<name>", examples: ["/run dungeon:shatters"])
    static let setroles = CommandDeclaration(name: "setroles", description: "Map staff roles",
                                             gate: .discordAdministrator, deferStyle: .publicReply,
                                             rateLimit: .commandConfig)
    static let modmail = CommandDeclaration(name: "modmail", description: "Contact staff", gate: .everyone,
                                            deferStyle: .ephemeralReply, allowedInDMs: true)
    static let stats = CommandDeclaration(name: "stats", description: "Quota stats", gate: .rank(.verifiedRaider),
                                          deferStyle: .publicReply, rateLimit: .commandHeavy)

    @Test func producesTheBulkOverwritePayload() throws {
        let commands = CommandCatalog([Self.run, Self.setroles, Self.modmail]).applicationCommands
        #expect(commands.map(\.name) == ["run", "setroles", "modmail"])
        #expect(commands[0].options?.first?.autocomplete == true)
        #expect(commands[0].defaultMemberPermissions == nil && commands[0].contexts == [0])
        #expect(commands[1].defaultMemberPermissions == .administrator)
        #expect(commands[2].contexts == [0, 1])
        try MessageLimits.validate(commands)
    }

    @Test func declarationsCarryTheirOwnRateLimitPresetElseTheDefault() {
        #expect(Self.stats.rateLimit == .commandHeavy)
        #expect(Self.setroles.rateLimit == .commandConfig)
        #expect(Self.run.rateLimit == .commandDefault)
    }

    @Test func registrationHashIsStableAndChangesWithContent() {
        let one = CommandCatalog([Self.run, Self.setroles]).registrationHash
        #expect(one == CommandCatalog([Self.run, Self.setroles]).registrationHash)
        #expect(one.count == 16)
        #expect(one != CommandCatalog([Self.run]).registrationHash)
        let edited = CommandDeclaration(name: "run", description: "Start a run", gate: .rank(.organizer),
                                        deferStyle: .ephemeralReply)
        #expect(one != CommandCatalog([edited, Self.setroles]).registrationHash)
    }

    @Test func helpGroupsByGateLowestFirst() {
        let catalog = CommandCatalog([Self.setroles, Self.run, Self.modmail, Self.stats])
        #expect(catalog.helpSections.map(\.heading) == ["Everyone", "Verified Raider+", "Organizer+", "Discord Administrator"])
        #expect(catalog.helpOverview.contains("`/run`: Start a raid run"))
        let detail = catalog.helpDetail("run")
        #expect(detail?.contains("**Usage:** `/run dungeon:<name>`") == true)
        #expect(detail?.contains("`/run dungeon:shatters`") == true)
        #expect(catalog.helpDetail("nope") == nil)
        #expect(catalog.helpSuggestions("s") == ["setroles", "stats"])
        #expect(catalog.helpSuggestions("ma") == ["modmail"])
    }
}
