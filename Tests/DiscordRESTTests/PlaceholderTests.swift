import Testing
@testable import DiscordREST

@Test func moduleLinks() { #expect(Bool(true)) }
