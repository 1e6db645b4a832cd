import BotKit
import DiscordModels
import DiscordREST
import DiscordSandbox
@testable import SandboxWeb

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A stand-in with the page mounted, and loopback HTTP to it: as the page (`/web/api`) and as the
/// bot (`/api/v10`, with the bot token), so tests change messages the way the bot does.
struct WebClient: Sendable {
    let sandbox: DiscordSandbox
    let site: SandboxSite
    let transport: CurlTransport

    /// Runs `body` against a fresh stand-in with the site mounted (attached unless `attach` is false).
    static func with(attach: Bool = true, realmEye: RealmEyeStandIn? = nil,
                     _ body: (WebClient) async throws -> Void) async throws {
        let site = SandboxSite(catalog: CommandCatalog([]), tour: ["# a comment", "as raider_rin", "show"])
        var configuration = SandboxConfiguration()
        configuration.routes = { site.mount(on: $0) }
        let transport = CurlTransport()
        defer { transport.shutdown() }
        try await DiscordSandbox.withSandbox(configuration) { sandbox in
            if attach { site.attach(sandbox, realmEye: realmEye) }
            defer { site.close() }
            try await body(WebClient(sandbox: sandbox, site: site, transport: transport))
        }
    }

    /// `GET` a page path; the status and the body as text.
    func get(_ path: String) async throws -> (Int, String) {
        let response = try await transport.perform(method: .get, url: "http://127.0.0.1:\(sandbox.port)\(path)", headers: [],
                                                   body: nil, timeout: .seconds(10))
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    /// `GET` a JSON endpoint.
    func json(_ path: String) async throws -> (Int, JSONValue) {
        let (status, text) = try await get(path)
        return (status, try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))
    }

    /// `POST` JSON to a page endpoint (`path` under `/web/api/`).
    func post(_ path: String, _ body: JSONValue) async throws -> (Int, JSONValue) {
        try await send(.post, "/web/api/" + path, body, bot: false)
    }

    /// A REST call as the bot would make it (`path` under `/api/v10`).
    @discardableResult
    func asBot(_ method: HTTPMethod, _ path: String, _ body: JSONValue? = nil) async throws -> (Int, JSONValue) {
        try await send(method, "/api/v10" + path, body, bot: true)
    }

    private func send(_ method: HTTPMethod, _ path: String, _ body: JSONValue?, bot: Bool) async throws -> (Int, JSONValue) {
        var headers = ["Content-Type: application/json"]
        if bot { headers.append("Authorization: Bot \(sandbox.configuration.token)") }
        let data = try body.map { try JSONEncoder().encode($0) }
        let response = try await transport.perform(method: method, url: "http://127.0.0.1:\(sandbox.port)\(path)",
                                                   headers: headers, body: data, timeout: .seconds(10))
        let value = response.body.isEmpty ? JSONValue.null : try JSONDecoder().decode(JSONValue.self, from: response.body)
        return (response.status, value)
    }
}
