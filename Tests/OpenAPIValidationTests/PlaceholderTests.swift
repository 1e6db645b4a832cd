import Testing
@testable import OpenAPIValidation

@Test func moduleLinks() { #expect(Bool(true)) }
