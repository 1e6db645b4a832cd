import Foundation
import Testing
@testable import OpenAPIValidation

@Suite("Operation lookup")
struct OperationLookupTests {
    @Test("the whole spec loads")
    func loads() throws {
        #expect(try SpecFixture.spec().operationCount == 242)
    }

    @Test("concrete paths resolve to their templated operation", arguments: [
        ("POST", "/api/v10/channels/123/messages", "create_message", "/channels/{channel_id}/messages"),
        ("post", "/channels/123/messages?foo=1", "create_message", "/channels/{channel_id}/messages"),
        ("PATCH", "/channels/1/messages/2", "update_message", "/channels/{channel_id}/messages/{message_id}"),
        ("POST", "/interactions/9/abc/callback?with_response=true", "create_interaction_response",
         "/interactions/{interaction_id}/{interaction_token}/callback"),
        ("PATCH", "/webhooks/1/tok/messages/@original", "update_original_webhook_message",
         "/webhooks/{webhook_id}/{webhook_token}/messages/@original"),
        ("PATCH", "/webhooks/1/tok/messages/55", "update_webhook_message",
         "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"),
        ("PATCH", "/guilds/1/members/@me", "update_my_guild_member", "/guilds/{guild_id}/members/@me"),
        ("PATCH", "/guilds/1/members/77", "update_guild_member", "/guilds/{guild_id}/members/{user_id}"),
        ("PUT", "/applications/1/guilds/2/commands", "bulk_set_guild_application_commands",
         "/applications/{application_id}/guilds/{guild_id}/commands"),
        ("GET", "/gateway/bot", "get_bot_gateway", "/gateway/bot"),
    ])
    func lookup(method: String, path: String, operationID: String, template: String) throws {
        let operation = try #require(try SpecFixture.spec().operation(method: method, path: path))
        #expect(operation.operationID == operationID)
        #expect(operation.pathTemplate == template)
    }

    @Test("path parameters are bound from the concrete path")
    func parameters() throws {
        let operation = try #require(try SpecFixture.spec().operation(method: "PUT", path: "/guilds/11/members/22/roles/33"))
        #expect(operation.pathParameters == ["guild_id": "11", "user_id": "22", "role_id": "33"])
    }

    @Test("unknown routes and methods find nothing, and validating them throws")
    func unknown() throws {
        let spec = try SpecFixture.spec()
        #expect(spec.operation(method: "POST", path: "/channels/1/nope") == nil)
        #expect(spec.operation(method: "PUT", path: "/channels/1/messages") == nil)
        #expect(throws: OpenAPIValidationError.self) { try violations("POST", "/channels/1/nope", "{}") }
        #expect(throws: OpenAPIValidationError.self) { try violations("POST", "/channels/1/messages", "{not json") }
        #expect(throws: OpenAPIValidationError.self) { try violations("GET", "/gateway/bot", "{}") }
    }
}

@Suite("Recorded requests")
struct RecordedRequestTests {
    @Test("bodiless requests pass unless the operation requires a body")
    func bodiless() throws {
        let spec = try SpecFixture.spec()
        #expect(try spec.validateRequest(method: "DELETE", path: "/channels/1/messages/2", body: nil).isEmpty)
        #expect(try spec.validateRequest(method: "PUT", path: "/guilds/1/members/2/roles/3", body: Data()).isEmpty)
        let missing = try spec.validateRequest(method: "PATCH", path: "/guilds/1/members/2", body: nil)
        #expect(missing.map(\.keyword) == ["required"])
        let bad = try spec.validateRequest(method: "POST", path: "/channels/1/messages/bulk-delete", body: Data(#"{"messages":["1"]}"#.utf8))
        #expect(bad.map(\.pointer) == ["/messages"])
    }
}
