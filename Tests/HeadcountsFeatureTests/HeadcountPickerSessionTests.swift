import BotKit
import TestSupport
import DiscordModels
import RaidDomain
import Testing
@testable import HeadcountsFeature
import FeatureKit
import RunsFeature
import CivilTime

/// The in-memory `/headcount` pickers: choices per user and select, gone after two minutes.
@Suite struct HeadcountPickerSessionTests {
    @Test func choicesAreKeptPerSelectInSelectOrderAndExpireAfterTwoMinutes() async {
        let clock = ManualBotClock()
        let sessions = HeadcountPickerSessions(clock: clock)
        let alice = Snowflake(1), bob = Snowflake(2)
        #expect(await sessions.choose(["NEST"], list: 0, for: alice) == nil) // no /headcount yet
        await sessions.start(for: alice)
        _ = await sessions.choose(["LOST_HALLS"], list: 2, for: alice)
        #expect(await sessions.choose(["NEST", "SHATTERS"], list: 0, for: alice) == ["NEST", "SHATTERS", "LOST_HALLS"])
        #expect(await sessions.choose(["NEST"], list: 0, for: alice) == ["NEST", "LOST_HALLS"])
        #expect(await sessions.chosen(for: bob) == nil)
        clock.advance(by: .seconds(119))
        #expect(await sessions.chosen(for: alice) == ["NEST", "LOST_HALLS"])
        clock.advance(by: .seconds(1))
        #expect(await sessions.chosen(for: alice) == nil)
    }
}
