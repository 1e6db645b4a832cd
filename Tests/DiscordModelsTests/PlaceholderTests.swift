import Testing
@testable import DiscordModels

@Test func moduleLinks() { #expect(Bool(true)) }
