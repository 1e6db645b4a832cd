import BotKit
import DiscordModels
import RaidDomain
import Testing
import TestSupport
@testable import HeadcountsFeature
import FeatureKit
import RunsFeature

/// The headcount panels: both layouts, ids within Discord's limits that decode to a route, the
/// Key Counts block, and no participant count in public.
@Suite struct HeadcountViewTests {
    static func record(_ dungeons: [Dungeon], status: HeadcountStatus = .active, id: Int64 = 9_007_199_254_740_991)
        -> HeadcountRecord {
        HeadcountRecord(id: id, state: HeadcountState(messageID: 1, organizer: MemberID(1), dungeons: dungeons,
                                                      createdAt: Timestamp(unixMilliseconds: 0), status: status),
                        channelID: 5, messageID: 1)
    }

    /// Checks what Discord enforces on a message's components and that every id routes.
    static func expectFits(_ components: [Component]) throws {
        #expect(components.count <= 5)
        for row in components { #expect(row.children.count <= 5) }
        for id in ComponentTree.customIDs(components) {
            #expect(id.utf8.count <= CustomID.maximumLength)
            let decoded = try CustomID.decode(id).get()
            let schema = try #require(HeadcountComponentIDs.all.first { $0.key == decoded.routeKey })
            try schema.validate(decoded)
        }
    }

    @Test(arguments: Dungeon.all)
    func everySingleDungeonPanelFitsAndHasJoinEveryKeyAndTheOrganizerButton(_ dungeon: Dungeon) throws {
        let components = HeadcountPanelView.components(Self.record([dungeon]))
        try Self.expectFits(components)
        let ids = ComponentTree.customIDs(components)
        #expect(ids.count == dungeon.keyReactions.count + 2)
        #expect(ids.first == "v1:hc:join:9007199254740991")
        #expect(ids.last == "v1:hc:org:9007199254740991")
        for id in ids where id.hasPrefix("v1:hc:key:") { // codes with spaces survive the id
            let decoded = try CustomID.decode(id).get()
            #expect(DungeonCode(customIDToken: decoded.arguments[1]) == dungeon.code)
        }
        let embed = HeadcountPanelView.embed(Self.record([dungeon]), HeadcountTally())
        #expect(embed.title == "🎯 Headcount: \(dungeon.name)")
    }

    @Test func multiDungeonPanelsOfFiveFitDiscord() throws {
        let all = Dungeon.all
        for start in stride(from: 0, to: all.count, by: 5) {
            let five = Array(all[start..<min(start + 5, all.count)])
            let record = Self.record(five)
            try Self.expectFits(HeadcountPanelView.components(record))
            try Self.expectFits(HeadcountOrganizerPanelView.buttons(record.id))
            try Self.expectFits(HeadcountOrganizerPanelView.convertPicker(record).components)
            try Self.expectFits(HeadcountOrganizerPanelView.confirmAccess(record).components)
        }
    }

    @Test func multiDungeonLayoutListsTheDungeonsAndPutsJoinAndOrganizerFirst() {
        let dungeons = ["NEST", "SHATTERS"].compactMap { Dungeon.named(DungeonCode($0)) }
        let record = Self.record(dungeons, id: 3)
        let embed = HeadcountPanelView.embed(record, HeadcountTally())
        #expect(embed.title == "🎯 Headcount — Multiple Dungeons")
        #expect(embed.description?.contains("🔹 **Nest**") == true)
        let rows = HeadcountPanelView.components(record)
        #expect(ComponentTree.customIDs([rows[0]]) == ["v1:hc:join:3", "v1:hc:org:3"])
        #expect(ComponentTree.customIDs(rows).contains("v1:hc:key:3:SHATTERS:SHATTERS_KEY"))
    }

    @Test func keyCountsAreShownButParticipantCountsNever() {
        let nest = Dungeon.named("NEST")!
        let participants = (1...7).map { MemberID(UInt64($0)) }
        let tally = HeadcountTally(participants: participants, keys: ["NEST": ["NEST_KEY": [MemberID(2), MemberID(3)]]])
        let message = HeadcountPanelView.message(Self.record([nest]), tally, pings: "<@&44>")
        let description = message.embeds?.first?.description ?? ""
        #expect(description.contains("**Key Counts:**"))
        #expect(description.contains("Nest: **2**"))
        #expect(!description.contains("**7**") && !description.contains(": 7") && !description.lowercased().contains("participant"))
        #expect(message.content == "@here <@&44>")
        let organizer = HeadcountOrganizerPanelView.reply(Self.record([nest]), tally)
        #expect(organizer.embeds.first?.description?.contains("**Participants:** 7") == true)
        #expect(organizer.embeds.first?.fields?.first?.value == "Nest: <@2>, <@3>")
    }

    @Test func anEndedPanelLosesItsButtonsAndSaysSo() {
        let nest = Dungeon.named("NEST")!
        let message = HeadcountPanelView.message(Self.record([nest], status: .ended), HeadcountTally(), pings: nil)
        #expect(message.components?.isEmpty == true)
        #expect(message.content == nil)
        #expect(message.embeds?.first?.title == "❌ Headcount Ended: Nest")
        #expect(message.embeds?.first?.color == EmbedColor.failure)
    }

    @Test func thePickerOffersEveryDungeonInThreeSelectsOfAtMostFiveChoices() throws {
        let picker = HeadcountPickerView.reply(chosen: ["NEST"])
        try Self.expectFits(picker.components)
        let selects = picker.components.flatMap(\.children).compactMap { component -> SelectMenu? in
            if case .selectMenu(let menu) = component { return menu }
            return nil
        }
        #expect(selects.count == 3)
        #expect(selects.allSatisfy { ($0.options?.count ?? 0) <= 25 && ($0.maxValues ?? 0) <= 5 })
        let total: Int = selects.reduce(0) { $0 + ($1.options?.count ?? 0) }
        #expect(total == Dungeon.all.count)
        let options: [SelectOption] = selects.flatMap { $0.options ?? [] }
        let marked: [String] = options.filter { $0.default == true }.map(\.value)
        #expect(marked == ["NEST"])
    }
}
