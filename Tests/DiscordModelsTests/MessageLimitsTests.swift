import Testing
@testable import DiscordModels

/// One limit: a body exactly at the limit (accepted) and one just past it (rejected naming `limit`).
struct LimitCase: CustomTestStringConvertible, Sendable {
    let limit: String
    let atLimit: LimitBody
    let overLimit: LimitBody
    var testDescription: String { limit }
}

/// Anything MessageLimits validates.
enum LimitBody: Sendable {
    case message(MessageCreate)
    case webhook(ExecuteWebhook)
    case response(InteractionResponse)
    case modal(Modal)
    case commands([ApplicationCommand])

    func validate() throws {
        switch self {
        case .message(let body): try MessageLimits.validate(body)
        case .webhook(let body): try MessageLimits.validate(body)
        case .response(let body): try MessageLimits.validate(body)
        case .modal(let body): try MessageLimits.validate(body)
        case .commands(let body): try MessageLimits.validate(body)
        }
    }
}

@Suite("Message limits")
struct MessageLimitsTests {
    @Test("each limit accepts its bound and rejects one past it, naming the limit", arguments: LimitCases.all)
    func limit(_ testCase: LimitCase) throws {
        try testCase.atLimit.validate()
        do {
            try testCase.overLimit.validate()
            Issue.record("\(testCase.limit) was not enforced")
        } catch let error as DiscordModelsError {
            #expect(error.code == .limitExceeded)
            #expect(error.violations.map(\.limit).contains(testCase.limit), "\(error.message)")
            #expect(error.message.contains(testCase.limit))
        }
    }

    @Test("the error message reads 'limit: actual > bound at path'")
    func message() {
        let fields = Array(repeating: EmbedField(name: "n", value: "v"), count: 26)
        let violations = MessageLimits.violations(in: MessageCreate(embeds: [Embed(fields: fields)]))
        #expect(violations.map(\.description) == ["embed.fields: 26 > 25 at embeds[0].fields"])
    }

    @Test("violations become Discord's 50035 body with errors nested along their paths")
    func invalidFormBody() {
        let body = MessageCreate(content: text(2001), embeds: [Embed(title: text(257), fields: [EmbedField(name: "n", value: "")])])
        let error = DiscordErrorBody.invalidFormBody(MessageLimits.violations(in: body))
        #expect(error.code == 50035)
        #expect(error.errors?["content"]?["_errors"] == .array([.object([
            "code": .string("BASE_TYPE_MAX_LENGTH"), "message": .string("Must be 2000 or fewer in length."),
        ])]))
        #expect(error.errors?["embeds"]?["0"]?["title"]?["_errors"]?.arrayValue?.count == 1)
        #expect(error.errors?["embeds"]?["0"]?["fields"]?["0"]?["value"]?["_errors"]?.arrayValue?.first?["code"]
            == .string("BASE_TYPE_MIN_LENGTH"))
    }

    @Test("every violation is reported, not only the first")
    func allViolations() {
        let body = MessageCreate(content: text(2001), embeds: [Embed(title: text(257))])
        #expect(Set(MessageLimits.violations(in: body).map(\.limit)) == ["content", "embed.title"])
    }

    @Test("length counts UTF-16 units, never less than Discord's count")
    func utf16() throws {
        try MessageLimits.validate(MessageCreate(content: String(repeating: "é", count: 2000)))
        #expect(throws: DiscordModelsError.self) {
            try MessageLimits.validate(MessageCreate(content: String(repeating: "😀", count: 1001)))
        }
    }

    @Test("Components V2 messages allow 40 components instead of 5 rows")
    func componentsV2() throws {
        let texts = Array(repeating: Component.textDisplay(TextDisplay("x")), count: 40)
        try MessageLimits.validate(MessageCreate(components: texts, flags: .isComponentsV2))
        #expect(throws: DiscordModelsError.self) {
            try MessageLimits.validate(MessageCreate(components: texts + [.textDisplay(TextDisplay("y"))], flags: .isComponentsV2))
        }
    }
}

/// Builds text of a given UTF-16 length.
func text(_ length: Int) -> String { String(repeating: "a", count: length) }
