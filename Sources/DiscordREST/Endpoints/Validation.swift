import DiscordModels

/// Runs DiscordModels' limit checks before anything is sent, so a bad payload never costs a request.
enum Validation {
    /// Rethrows a limit violation as `RESTError.invalidRequest` naming the limit.
    static func check(route: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DiscordModelsError {
            throw RESTError(.invalidRequest(limit: error.message), route: route)
        }
    }
}
