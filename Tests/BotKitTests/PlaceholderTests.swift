import Testing
@testable import BotKit

@Test func moduleLinks() { #expect(Bool(true)) }
