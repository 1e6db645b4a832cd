import DiscordModels
import DiscordSandbox
import Hummingbird
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON in and out of the page's endpoints, as `JSONValue` (the same type the stand-in stores).
enum WebJSON {
    /// A 200 (or `status`) response carrying `value`.
    static func response(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text(value))))
    }

    /// Compact JSON text.
    static func text(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The request's JSON body (at most 64 KiB), or a 400 naming the problem.
    static func body(_ request: Request) async throws -> JSONValue {
        var request = request
        let buffer = try await request.collectBody(upTo: 64 << 10)
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(Array(buffer: buffer))) else {
            throw HTTPError(.badRequest, message: "The body is not JSON.")
        }
        return value
    }

    /// A snowflake as Discord (and JavaScript, which cannot hold 64-bit integers) writes it: text.
    static func id(_ snowflake: Snowflake) -> JSONValue { .string(snowflake.description) }
}

extension JSONValue {
    /// A required snowflake field of a request body, or a 400.
    func snowflake(_ key: String) throws -> Snowflake {
        guard let text = self[key]?.asString, let id = Snowflake(text) else {
            throw HTTPError(.badRequest, message: "\(key) should be a snowflake.")
        }
        return id
    }

    /// A required text field of a request body, or a 400.
    func text(_ key: String) throws -> String {
        guard let text = self[key]?.asString else { throw HTTPError(.badRequest, message: "\(key) should be text.") }
        return text
    }
}
