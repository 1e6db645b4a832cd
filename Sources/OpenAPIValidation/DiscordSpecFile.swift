import Foundation

/// Where the repository's copy of Discord's OpenAPI spec lives, so every test reads the same file
/// and no test reaches outside the repository (a clone that stands alone must pass).
public enum DiscordSpecFile {
    /// `<repo>/Tests/Fixtures/discord-api-spec/openapi.json`, found from this source file's path.
    public static let path: String = {
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // OpenAPIValidation/
            .deletingLastPathComponent() // Sources/
            .deletingLastPathComponent() // the repository root
        return repo.appendingPathComponent("Tests/Fixtures/discord-api-spec/openapi.json").path
    }()
}
