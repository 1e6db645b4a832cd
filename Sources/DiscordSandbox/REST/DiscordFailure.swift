import DiscordModels

/// A Discord error response the sandbox answers with: HTTP status plus Discord's JSON error body.
struct DiscordFailure: Error, Sendable {
    let status: Int
    let code: Int
    let message: String
    let errors: JSONValue?

    init(status: Int, code: Int, message: String, errors: JSONValue? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors
    }

    /// `{"code":…,"message":…,"errors"?:…}` as Discord sends it.
    var body: JSONValue {
        var object: [String: JSONValue] = ["code": .int(code), "message": .string(message)]
        if let errors { object["errors"] = errors }
        return .object(object)
    }

    static let unauthorized = DiscordFailure(status: 401, code: 0, message: "401: Unauthorized")
    static let notFound = DiscordFailure(status: 404, code: 0, message: "404: Not Found")
    static let unknownChannel = DiscordFailure(status: 404, code: 10003, message: "Unknown Channel")
    static let unknownMember = DiscordFailure(status: 404, code: 10007, message: "Unknown Member")
    static let unknownMessage = DiscordFailure(status: 404, code: 10008, message: "Unknown Message")
    static let unknownRole = DiscordFailure(status: 404, code: 10011, message: "Unknown Role")
    static let unknownUser = DiscordFailure(status: 404, code: 10013, message: "Unknown User")
    static let unknownWebhook = DiscordFailure(status: 404, code: 10015, message: "Unknown Webhook")
    static let unknownBan = DiscordFailure(status: 404, code: 10026, message: "Unknown Ban")
    static let unknownInteraction = DiscordFailure(status: 404, code: 10062, message: "Unknown interaction")
    static let alreadyAcknowledged = DiscordFailure(
        status: 400, code: 40060, message: "Interaction has already been acknowledged.")
    static let emptyMessage = DiscordFailure(status: 400, code: 50006, message: "Cannot send an empty message")
    static let missingPermissions = DiscordFailure(status: 403, code: 50013, message: "Missing Permissions")
    static let cannotDM = DiscordFailure(status: 403, code: 50007, message: "Cannot send messages to this user")
    static let invalidJSON = DiscordFailure(status: 400, code: 50109, message: "The request body contains invalid JSON.")
    static let tooOldToBulkDelete = DiscordFailure(
        status: 400, code: 50034, message: "You can only bulk delete messages that are under 14 days old.")
    static let bulkBanFailed = DiscordFailure(status: 500, code: 500_000, message: "Failed to ban users")

    /// Discord's 50035 "Invalid Form Body" with an `errors` tree mirroring the JSON paths.
    static func invalidForm(_ violations: [FormViolation]) -> DiscordFailure {
        DiscordFailure(status: 400, code: 50035, message: "Invalid Form Body", errors: FormViolation.errorTree(violations))
    }
}
