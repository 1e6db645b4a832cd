import BotKit
import DiscordModels
import RaidDomain
import Testing
import TestSupport
@testable import RunsFeature
import FeatureKit

@Suite struct RunPanelViewTests {
    static let schemas = RunComponentIDs.all

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
        let stages = [nil] + O3Stage.allCases.map(Optional.some)
        let organizerRows = OrganizerPanelView.buttons(state) + stages.flatMap { stage in
            OrganizerPanelView.buttons(RunState(id: state.id, organizer: MemberID(1), dungeon: dungeon,
                                                createdAt: state.createdAt, status: .live, o3Stage: stage))
        }
        #expect(OrganizerPanelView.buttons(live).count <= 5)
        for id in ComponentTree.customIDs(publicRows + organizerRows) {
            #expect(id.utf8.count <= CustomID.maximumLength)
            let decoded = try CustomID.decode(id).get()
            let schema = try #require(Self.schemas.first { $0.key == decoded.routeKey })
            try schema.validate(decoded)
        }
    }

    @Test func oryx3PanelWalksTheProgressionOneButtonAtATime() {
        let o3 = Dungeon.named("ORYX_3")!
        func labels(_ stage: O3Stage?) -> [String] {
            let run = RunState(id: RunID(5), organizer: MemberID(1), dungeon: o3, createdAt: Timestamp(unixMilliseconds: 0),
                               status: .live, o3Stage: stage)
            return OrganizerPanelView.buttons(run).flatMap(\.children).compactMap { component -> String? in
                if case .button(let button) = component { return button.label } else { return nil }
            }
        }
        #expect(labels(nil).contains("Realm Score %") && labels(nil).contains("Realm Closed"))
        #expect(labels(.closed).contains("Miniboss") && !labels(.closed).contains("Realm Closed"))
        #expect(labels(.miniboss).contains("Third Room"))
        #expect(!labels(.thirdRoom).contains("Third Room") && !labels(.thirdRoom).contains("Key popped"))
        #expect(!labels(nil).contains("Chain Amount"))
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
        #expect(RunPanelView.keySummary(Dungeon.named("SNAKE_PIT")!, tally).hasSuffix("Snake Pit: **2**")) // run offers only
        #expect(tally.keyReactors == [MemberID(1), MemberID(2)])
    }
}
