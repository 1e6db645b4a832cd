import DiscordModels
import DiscordSandbox
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A plain HTTP response for REST tests.
struct HTTPResult: Sendable {
    let status: Int
    let headers: [String: String]
    let json: JSONValue?

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Sends one REST request to the sandbox with URLSession (HTTP works on Linux).
func rest(
    _ sandbox: DiscordSandbox, _ method: String, _ path: String, body: JSONValue? = nil,
    token: String? = SandboxConfiguration().token, headers: [String: String] = [:]
) async throws -> HTTPResult {
    var request = URLRequest(url: URL(string: sandbox.apiBase + path)!)
    request.httpMethod = method
    if let token { request.setValue("Bot \(token)", forHTTPHeaderField: "Authorization") }
    request.setValue("DiscordBot (https://example.invalid, 0.1)", forHTTPHeaderField: "User-Agent")
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    if let body {
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(WireText.encode(body).utf8)
    }
    let (data, response) = try await URLSession.shared.data(for: request)
    let http = response as! HTTPURLResponse
    var fields: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
        if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
    }
    let json = data.isEmpty ? nil : try? JSONDecoderShim.decode(data)
    return HTTPResult(status: http.statusCode, headers: fields, json: json)
}
