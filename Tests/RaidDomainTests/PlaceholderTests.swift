import Testing
@testable import RaidDomain

@Test func moduleLinks() { #expect(Bool(true)) }
