import Foundation
import OpenAPIValidation

/// The repository's copy of the spec (`DiscordSpecFile.path`), loaded once per test process.
enum SpecFixture {
    private static let loaded = Result { try OpenAPISpec(contentsOf: DiscordSpecFile.path) }

    /// The parsed spec (throws if the file is missing).
    static func spec() throws -> OpenAPISpec { try loaded.get() }
}

/// Validates a JSON text body against the operation for `method path`.
func violations(_ method: String, _ path: String, _ body: String,
                options: ValidationOptions = .default) throws -> [SchemaViolation] {
    try SpecFixture.spec().validateRequestBody(method: method, path: path, body: Data(body.utf8), options: options)
}

/// Builds a string of `length` characters.
func text(_ length: Int) -> String { String(repeating: "a", count: length) }
