import BotKit
import DiscordModels
import Storage
import Testing
import TestSupport
@testable import PartiesFeature
import FeatureKit

@Suite struct PartyCommandTests {
    typealias H = FeatureHarness
    static let verifiedRole: Snowflake = 300

    static func party(_ options: [(String, String)], by member: Member) -> Interaction {
        H.command("party", options.map { CommandInteractionOption(name: $0.0, type: .string, value: .string($0.1)) },
                  by: member)
    }

    static func mapVerifiedRole(_ harness: H) async throws {
        _ = try await GuildRoleStore(database: harness.store.database).setRoles(
            [.verifiedRaider: verifiedRole], guildID: H.guildID, actorID: 1, now: 1)
    }

    @Test func withoutAPartyFinderChannelTheMemberIsToldHowToMapOneAndNothingIsStored() async throws {
        let harness = try H.parties()
        try await Self.mapVerifiedRole(harness)
        await harness.router.handle(Self.party([("party_name", "Crew"), ("description", "runs")],
                                               by: H.member(42, roles: [Self.verifiedRole])))
        let answer = await harness.responder.lastEdit?.content ?? ""
        #expect(answer.contains("No party finder channel") && answer.contains("/setchannels party_finder"))
        #expect(try await harness.store.count("SELECT COUNT(*) FROM party") == 0)
        await harness.stop()
    }

    @Test func aMemberBelowVerifiedRaiderIsRefused() async throws {
        let harness = try H.parties()
        try await Self.mapVerifiedRole(harness)
        await harness.router.handle(Self.party([("party_name", "Crew"), ("description", "runs")], by: H.member(42)))
        #expect(await harness.responder.lastEdit?.content?.contains("Verified Raider") == true)
        #expect(try await harness.store.count("SELECT COUNT(*) FROM party") == 0)
        await harness.stop()
    }

    @Test func anUnknownDungeonIsRefusedBeforeAnythingIsStored() async throws {
        let harness = try H.parties()
        try await Self.mapVerifiedRole(harness)
        await harness.router.handle(Self.party([("party_name", "Crew"), ("description", "runs"), ("dungeon_2", "NOPE")],
                                               by: H.member(42, roles: [Self.verifiedRole])))
        #expect(await harness.responder.lastEdit?.content?.contains("Unknown dungeon `NOPE`") == true)
        #expect(try await harness.store.count("SELECT COUNT(*) FROM party") == 0)
        await harness.stop()
    }

    @Test func dungeonOptionsAutocompleteWithTheRunRanking() async throws {
        let harness = try H.parties()
        await harness.router.handle(H.autocomplete("party", option: "dungeon_3", typed: "shat", by: H.member(42)))
        let choices = try #require(await harness.responder.autocompleteChoices.first)
        #expect(choices.first?.name == "Shatters")
        #expect(choices.first?.value == .string("SHATTERS"))
        await harness.stop()
    }

    @Test func theCommandDeclaresItsLimits() throws {
        let options = PartyCreation.declaration.options
        #expect(options.map(\.name) == ["party_name", "description", "location",
                                         "dungeon_1", "dungeon_2", "dungeon_3", "dungeon_4", "dungeon_5"])
        #expect(options.prefix(3).map(\.maxLength) == [200, 2000, 100])
        #expect(options.prefix(2).allSatisfy { $0.required == true })
        #expect(options.suffix(5).allSatisfy { $0.autocomplete == true })
        try MessageLimits.validate([PartyCreation.declaration.applicationCommand])
    }
}
