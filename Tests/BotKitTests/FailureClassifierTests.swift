import DiscordModels
import DiscordREST
import Testing
@testable import BotKit

@Suite struct FailureClassifierTests {
    struct RuleViolation: UserFacingFailure {
        var failureCode: BotErrorCode { .runClosed }
        var userMessage: String { "🔒 Joining is locked for this run." }
    }

    struct Opaque: Error {}

    @Test func userFacingFailuresKeepTheirOwnText() {
        let (code, message) = FailureClassifier.classify(RuleViolation())
        #expect(code == .runClosed)
        #expect(message == "🔒 Joining is locked for this run.")
    }

    @Test func botKitErrorsShowTheOverrideOrTheCodesMessageButNeverTheDetail() {
        let plain = FailureClassifier.classify(BotKitError(.databaseError, detail: "SQLITE_BUSY on UPDATE run"))
        #expect(plain.code == .databaseError)
        #expect(plain.message == BotErrorCode.databaseError.friendlyMessage)
        #expect(!plain.message.contains("SQLITE"))
        let custom = FailureClassifier.classify(BotKitError(.validation, userMessage: "Amount must be 1–99."))
        #expect(custom.message == "Amount must be 1–99.")
    }

    @Test(arguments: [
        (RESTError(.timeout), BotErrorCode.timeout),
        (RESTError(.http(status: 403, body: DiscordErrorBody(code: 50013, message: "Missing Permissions"))), .botMissingPermissions),
        (RESTError(.http(status: 404, body: nil)), .notFound),
        (RESTError(.http(status: 500, body: nil)), .discordError),
        (RESTError(.rateLimited(retryAfter: .seconds(3))), .discordError),
        (RESTError(.invalidRequest(limit: "embed.fields: 26 > 25")), .validation),
    ])
    func discordFailuresMapToCodes(error: RESTError, code: BotErrorCode) {
        #expect(FailureClassifier.classify(error).code == code)
    }

    @Test func anythingElseIsAnInternalError() {
        #expect(FailureClassifier.classify(Opaque()) == (.internalError, BotErrorCode.internalError.friendlyMessage))
    }

    @Test func everyCodeHasAShortFriendlyMessage() {
        for code in BotErrorCode.mechanism {
            #expect(!code.friendlyMessage.isEmpty && code.friendlyMessage.count < 200, "\(code)")
        }
    }
}
