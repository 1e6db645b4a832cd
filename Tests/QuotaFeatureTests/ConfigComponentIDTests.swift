import FeatureKit
import RaidDomain
import TestSupport
import Testing
@testable import BotKit
@testable import QuotaFeature

/// The configuration panels' custom_ids: the counts the reference gives, and every id within
/// Discord's 100 characters for every dungeon even with the longest snowflakes.
@Suite("configuration custom_ids")
struct ConfigComponentIDTests {
    static let longest = "18446744073709551615"

    @Test("/configquota routes 15 component ids and /configpoints 11")
    func routeCounts() throws {
        let harness = try FeatureHarness { [QuotaFeature($0)] }
        let keys = Array(harness.features.routes.components.keys) + Array(harness.features.routes.modals.keys)
        #expect(keys.filter { $0.namespace == "qcfg" }.count == 15)
        #expect(keys.filter { $0.namespace == "pcfg" }.count == 11)
    }

    @Test("every dungeon's ids encode within 100 characters", arguments: Dungeon.all)
    func idsFitForEveryDungeon(dungeon: Dungeon) throws {
        let picker = QuotaPickerState(role: RoleID(UInt64(Self.longest)!), panelMessage: 18_446_744_073_709_551_615,
                                      openedAt: 9_999_999_999)
        _ = try ConfigQuotaIDs.dungeonModal.make(picker.modalArguments(dungeon.code))
        for schema in ConfigQuotaIDs.pickers.values { _ = try schema.make(picker.arguments) }
        let points = PointsPickerState(panelMessage: 18_446_744_073_709_551_615, openedAt: 9_999_999_999)
        for kind in RaiderPointsKind.allCases {
            _ = try ConfigPointsIDs.modal(kind).make([dungeon.code.customIDToken] + points.arguments)
        }
        let panel = QuotaPanelState(role: RoleID(UInt64(Self.longest)!),
                                    panel: ConfigPanelState(invoker: 18_446_744_073_709_551_615, openedAt: 9_999_999_999))
        _ = try ConfigQuotaIDs.moderationModal.make(panel.arguments)
    }

    @Test("the three pickers list every dungeon once, Exaltation first, at most 25 each")
    func pickersCoverEveryDungeon() {
        let listed = DungeonPicker.Part.allCases.flatMap(\.dungeons)
        #expect(Set(listed.map(\.code)) == Set(Dungeon.all.map(\.code)) && listed.count == Dungeon.all.count)
        #expect(DungeonPicker.Part.exalt.dungeons.allSatisfy { $0.isExalt })
        #expect(DungeonPicker.Part.allCases.allSatisfy { $0.dungeons.count <= 25 })
    }

    @Test("weekly schedules parse strictly", arguments: [
        ("Mon 18:00", 18), ("sun 23:00", 6 * 24 + 23), ("TUE 00:00", 24), ("never", nil), (" Never ", nil),
    ] as [(String, Int?)])
    func weeklySchedules(text: String, weekHour: Int?) throws {
        let parsed = try WeeklyRollover.parse(text).get()
        #expect(parsed?.weekHour == weekHour)
        #expect(WeeklyRollover.text(parsed) == (weekHour == nil ? "never" : parsed!.text))
    }

    @Test("bad weekly schedules are refused", arguments: ["Mon 18:30", "Monday 18:00", "Mon 24:00", "Mon 8:00", "18:00",
                                                          "Mon", "", "Mon 18:00 UTC", "nevermore"])
    func badWeeklySchedules(text: String) {
        #expect(throws: WeeklyRolloverProblem.self) { try WeeklyRollover.parse(text).get() }
    }
}
