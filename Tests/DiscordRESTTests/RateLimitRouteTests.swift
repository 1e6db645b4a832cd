import Testing
@testable import DiscordREST

/// Route templates and major parameters, the keys Discord's buckets are counted under.
@Suite struct RateLimitRouteTests {
    static let cases: [(HTTPMethod, String, template: String, major: String, fast: Bool)] = [
        (.post, "/channels/123/messages", "POST /channels/:channel/messages", "123", false),
        (.patch, "/channels/123/messages/456", "PATCH /channels/:channel/messages/:id", "123", false),
        (.put, "/guilds/7/members/8/roles/9", "PUT /guilds/:guild/members/:id/roles/:id", "7", false),
        (.get, "/gateway/bot", "GET /gateway/bot", "", false),
        (.post, "/users/@me/channels", "POST /users/@me/channels", "", false),
        (.post, "/interactions/11/s3cret/callback", "POST /interactions/:interaction/:token/callback", "11/s3cret", true),
        (.patch, "/webhooks/22/s3cret/messages/@original", "PATCH /webhooks/:webhook/:token/messages/@original", "22/s3cret", true),
        (.put, "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me", "PUT /channels/:channel/messages/:id/reactions/:emoji/@me", "1", false),
        (.put, "/applications/3/guilds/4/commands", "PUT /applications/:id/guilds/:id/commands", "", false),
    ]

    @Test(arguments: cases.indices)
    func templateHidesIdsAndTokensAndKeepsTheMajorParameter(_ index: Int) {
        let expected = Self.cases[index]
        let route = RateLimitRoute(method: expected.0, path: expected.1)
        #expect(route.template == expected.template)
        #expect(route.majorParameter == expected.major)
        #expect(route.isFastPath == expected.fast)
        #expect(!route.template.contains("s3cret"))
    }
}
