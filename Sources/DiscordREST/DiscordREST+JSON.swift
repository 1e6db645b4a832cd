#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON in and out of `send`: what every typed endpoint is built on.
extension DiscordREST {
    /// Sends a request without a body and decodes the 2xx body as `Response`.
    func call<Response: Decodable>(_ method: HTTPMethod, _ path: String, query: [QueryItem] = [],
                                   reason: String? = nil, as type: Response.Type = Response.self) async throws -> Response {
        let request = RESTRequest(method: method, path: path, query: query, auditLogReason: reason)
        return try decode(Response.self, from: try await send(request), route: request)
    }

    /// Sends a JSON body and decodes the 2xx body as `Response`.
    func call<Body: Encodable, Response: Decodable>(_ method: HTTPMethod, _ path: String, body: Body,
                                                    query: [QueryItem] = [], reason: String? = nil,
                                                    idempotent: Bool? = nil,
                                                    as type: Response.Type = Response.self) async throws -> Response {
        let request = RESTRequest(method: method, path: path, query: query, body: try encode(body),
                                  auditLogReason: reason, idempotent: idempotent)
        return try decode(Response.self, from: try await send(request), route: request)
    }

    /// Sends a request without a body and ignores the 2xx body (204 endpoints).
    func perform(_ method: HTTPMethod, _ path: String, query: [QueryItem] = [], reason: String? = nil) async throws {
        _ = try await send(RESTRequest(method: method, path: path, query: query, auditLogReason: reason))
    }

    /// Sends a JSON body and ignores the 2xx body (204 endpoints).
    func perform<Body: Encodable>(_ method: HTTPMethod, _ path: String, body: Body, query: [QueryItem] = [],
                                  reason: String? = nil) async throws {
        _ = try await send(RESTRequest(method: method, path: path, query: query, body: try encode(body),
                                       auditLogReason: reason))
    }

    private func encode<Body: Encodable>(_ body: Body) throws -> Data {
        do {
            return try JSONEncoder().encode(body)
        } catch {
            throw RESTError(.invalidRequest(limit: "json"), detail: "\(Body.self) did not encode", underlying: error)
        }
    }

    private func decode<Response: Decodable>(_ type: Response.Type, from response: RESTResponse,
                                             route request: RESTRequest) throws -> Response {
        do {
            return try JSONDecoder().decode(Response.self, from: response.body)
        } catch {
            let route = RateLimitRoute(method: request.method, path: request.path).template
            throw RESTError(.decoding(type: "\(Response.self)"), route: route, detail: "\(error)", underlying: error)
        }
    }
}
