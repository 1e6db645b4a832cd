import DiscordModels

/// One REST request as a route handler sees it: the matched route, its parameters and the body.
struct RESTCall: Sendable {
    let route: RouteTemplate
    let parameters: [String: String]
    let query: [String: String]
    let body: JSONValue?
    let auditReason: String?

    /// A path parameter as a snowflake, or the route's "unknown" error when it is not one.
    func id(_ name: String, orElse failure: DiscordFailure = .notFound) throws -> Snowflake {
        guard let text = parameters[name], let id = Snowflake(text) else { throw failure }
        return id
    }

    /// A path parameter as text.
    func text(_ name: String) -> String { parameters[name] ?? "" }

    /// The body as an object, or 50109 when it is missing or not an object.
    func object() throws -> [String: JSONValue] {
        guard let object = body?.asObject else { throw DiscordFailure.invalidJSON }
        return object
    }
}

/// What a route handler answers: a status and an optional JSON body.
struct RESTReply: Sendable {
    let status: Int
    let body: JSONValue?

    /// 200 with a JSON body.
    static func ok(_ body: JSONValue) -> RESTReply { RESTReply(status: 200, body: body) }
    /// 201 with a JSON body.
    static func created(_ body: JSONValue) -> RESTReply { RESTReply(status: 201, body: body) }
    /// 204 without a body.
    static let noContent = RESTReply(status: 204, body: nil)
}

/// A route handler: pure request in, reply out; Discord errors are thrown as `DiscordFailure`.
typealias RouteHandler = @Sendable (RESTCall) async throws -> RESTReply
