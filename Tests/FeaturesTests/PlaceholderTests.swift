import Testing
@testable import Features

@Test func moduleLinks() { #expect(Bool(true)) }
