import Foundation
import OpenAPIValidation

/// The shared spec, loaded once per test process from `<repo>/../shared/discord-api-spec/openapi.json`.
enum SpecFixture {
    static let path: String = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/discord-api-spec/openapi.json").path
    }()

    private static let loaded = Result { try OpenAPISpec(contentsOf: path) }

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
