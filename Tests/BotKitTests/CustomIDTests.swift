import DiscordModels
import Testing
@testable import BotKit

@Suite struct CustomIDTests {
    static let join = CustomIDSchema("run", "join", [.snowflake])
    static let key = CustomIDSchema("run", "key", [.snowflake, .token])
    static let table: [CustomIDRouteKey: ComponentRoute] = [
        join.key: ComponentRoute(join, action: .deferred(.ephemeralReply) { _ in }),
        key.key: ComponentRoute(key, action: .deferred(.ephemeralReply) { _ in }),
    ]

    @Test func encodesVersionNamespaceActionAndArguments() throws {
        let id = try Self.join.make(["1234"])
        #expect(id.encoded == "v1:run:join:1234")
        #expect(try CustomID.decode(id.encoded).get() == id)
        #expect(try id.snowflake(0) == Snowflake(1234))
        #expect(try Self.key.id(Snowflake(9), "shatters").encoded == "v1:run:key:9:shatters")
        #expect(throws: CustomIDProblem.wrongArgumentKind(index: 0, expected: .snowflake)) { try Self.join.id(-5) }
    }

    @Test(arguments: [
        ("", CustomIDProblem.empty),
        ("run:join:1234", .unsupportedVersion),
        ("v2:run:join:1234", .unsupportedVersion),
        ("v1:run", .missingAction),
        ("v1:Run:join:1", .badName),
        ("v1:run:join:", .badArgument(index: 0)),
        ("v1:run:join:12 34", .badArgument(index: 0)),
        ("v1:run:join:1;drop", .badArgument(index: 0)),
        ("v1:" + String(repeating: "a", count: 98), .tooLong(101)),
    ])
    func refusesMalformedIDs(raw: String, problem: CustomIDProblem) {
        #expect(CustomID.decode(raw) == .failure(problem))
    }

    @Test(arguments: [
        ("v1:run:explode:1", CustomIDProblem.unknownRoute(CustomIDRouteKey(namespace: "run", action: "explode"))),
        ("v1:run:join", .wrongArgumentCount(expected: 1, actual: 0)),
        ("v1:run:join:1:2", .wrongArgumentCount(expected: 1, actual: 2)),
        ("v1:run:join:abc", .wrongArgumentKind(index: 0, expected: .snowflake)),
        ("v1:run:join:0", .wrongArgumentKind(index: 0, expected: .snowflake)),
        ("v1:run:join:99999999999999999999", .wrongArgumentKind(index: 0, expected: .snowflake)),
        ("v1:run:key:1:" + String(repeating: "k", count: 33), .wrongArgumentKind(index: 1, expected: .token)),
    ])
    func refusesIDsThatDoNotFitARoute(raw: String, problem: CustomIDProblem) {
        let resolved = InteractionRouter.resolve(raw, in: Self.table)
        guard case .failure(let actual) = resolved else {
            Issue.record("\(raw) resolved")
            return
        }
        #expect(actual == problem)
    }

    @Test func resolvesAWellFormedIDToItsRoute() throws {
        let resolved = try InteractionRouter.resolve("v1:run:key:77:shatters", in: Self.table).get()
        #expect(resolved.0.schema == Self.key)
        #expect(resolved.1.arguments == ["77", "shatters"])
    }

    @Test func anotherRunsIDIsRefusedWhenMatchedAgainstTheMessagesRun() throws {
        let id = try Self.join.make(["42"])
        #expect(throws: CustomIDProblem.mismatchedSubject) { try id.snowflake(0, matching: Snowflake(43)) }
        #expect(try id.snowflake(0, matching: Snowflake(42)) == Snowflake(42))
    }

    @Test func buildingAnOverlongIDFails() {
        let long = Array(repeating: "123456789012345678", count: 6)
        #expect(throws: CustomIDProblem.tooLong(125)) {
            try CustomID(namespace: "run", action: "join", arguments: long)
        }
    }

    @Test func problemsMapToStaleOrMalformedCodes() {
        #expect(CustomIDProblem.unknownRoute(CustomIDRouteKey(namespace: "a", action: "b")).code == .staleComponent)
        #expect(CustomIDProblem.mismatchedSubject.code == .staleComponent)
        #expect(CustomIDProblem.unsupportedVersion.code == .malformedComponent)
    }
}
