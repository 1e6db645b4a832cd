import Testing
@testable import DiscordGateway

@Test func moduleLinks() { #expect(Bool(true)) }
