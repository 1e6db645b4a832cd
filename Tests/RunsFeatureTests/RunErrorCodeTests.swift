import BotKit
import Testing
@testable import RunsFeature

@Suite struct RunErrorCodeTests {
    @Test func everyRunCodeHasAShortFriendlyMessageAndANameOfItsOwn() {
        for code in BotErrorCode.runs {
            #expect(!code.friendlyMessage.isEmpty && code.friendlyMessage.count < 200, "\(code)")
            #expect(!BotErrorCode.mechanism.contains(code), "\(code) repeats a BotKit code")
        }
    }
}
