import Testing
import TestSupport
@testable import BotKit

/// After `raidbot import-postgres` the incumbent's long-lived panels are still in the channels
/// (docs/import.md, "Panels"): their buttons are not routed. A member who presses one is told, in
/// a message only they see, to use the latest panel, and nothing runs.
extension InteractionRouterComponentTests {
    @Test(arguments: [
        "roleping:toggle:SHATTERS", "roleping:addall", "roleping:removeall", "verification:get_verified",
        "customrole:get_verified:3",
    ])
    func anIncumbentPanelButtonAsksForTheLatestPanel(raw: String) async throws {
        let seen = Seen()
        let responder = RecordingResponder()
        await router(seen, responder: responder).handle(Fixture.click(raw, by: Fixture.member(9)))
        #expect(await seen.ids.isEmpty)
        #expect(await responder.calls == [
            .callback(.message(Reply.text(BotErrorCode.malformedComponent.friendlyMessage).ephemeralCallback)),
        ])
        #expect(BotErrorCode.malformedComponent.friendlyMessage.contains("Use the latest panel"))
    }
}
