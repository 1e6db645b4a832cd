import BotKit
import DiscordModels
import RaidDomain
import Testing
@testable import Features

@Suite struct RunPanelViewTests {
    static let schemas = [RunComponentIDs.join, RunComponentIDs.leave, RunComponentIDs.key, RunComponentIDs.chooseClass,
                          RunComponentIDs.organizerPanel, RunComponentIDs.start, RunComponentIDs.end,
                          RunComponentIDs.cancel, RunComponentIDs.keyPop, RunComponentIDs.lockJoin,
                          RunComponentIDs.partyLocation, RunComponentIDs.partyLocationModal]

    static func customIDs(_ components: [Component]) -> [String] {
        components.flatMap { component -> [String] in
            (component.customID.map { [$0] } ?? []) + customIDs(component.children)
        }
    }

    @Test(arguments: Dungeon.all)
    func everyDungeonsPanelsFitDiscordAndDecodeToARoute(_ dungeon: Dungeon) throws {
        let state = RunState(id: RunID(9_007_199_254_740_991), organizer: MemberID(1), dungeon: dungeon,
                             createdAt: Timestamp(unixMilliseconds: 0), party: "p", location: "l")
        let record = RunRecord(state: state, guildID: 1)
        let live = RunState(id: state.id, organizer: MemberID(1), dungeon: dungeon, createdAt: state.createdAt,
                            status: .live, party: "p", location: "l")
        let publicRows = RunPanelView.components(record)
        #expect(publicRows.count <= 5)
        for row in publicRows { #expect(row.children.count <= 5) }
        let organizerRows = OrganizerPanelView.buttons(state) + OrganizerPanelView.buttons(live)
        for id in Self.customIDs(publicRows + organizerRows) {
            #expect(id.utf8.count <= CustomID.maximumLength)
            let decoded = try CustomID.decode(id).get()
            let schema = try #require(Self.schemas.first { $0.key == decoded.routeKey })
            try schema.validate(decoded)
        }
    }

    @Test func endedPanelHasNoButtonsAndSaysHowItEnded() {
        let dungeon = Dungeon.named("SNAKE_PIT")!
        let cancelled = RunState(id: RunID(3), organizer: MemberID(1), dungeon: dungeon,
                                 createdAt: Timestamp(unixMilliseconds: 0), status: .ended, ending: .cancelled)
        let message = RunPanelView.message(RunRecord(state: cancelled, guildID: 1), RunTally(joined: 4),
                                           now: Timestamp(unixMilliseconds: 0))
        #expect(message.components?.isEmpty ?? true)
        #expect(message.content == "Cancelled")
        #expect(message.embeds?.first?.title == "❌ Cancelled: Snake Pit")
    }

    @Test func keysAndClassesAreCountedOnThePanel() {
        let tally = RunTally(joined: 5, classes: [.priest: 2, .warrior: 1],
                             runKeys: ["SNAKE_PIT_KEY": [MemberID(1), MemberID(2)]],
                             headcountKeys: ["SNAKE_PIT_KEY": [MemberID(2), MemberID(3)]])
        #expect(RunPanelView.classSummary(tally) == "Warrior: 1 • Priest: 2" || RunPanelView.classSummary(tally) == "Priest: 2 • Warrior: 1")
        #expect(RunPanelView.keySummary(Dungeon.named("SNAKE_PIT")!, tally).hasSuffix("Snake Pit: **3**"))
        #expect(tally.keyReactors == [MemberID(1), MemberID(2)])
    }
}
