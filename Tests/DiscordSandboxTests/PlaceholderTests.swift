import Testing
@testable import DiscordSandbox

@Test func moduleLinks() { #expect(Bool(true)) }
