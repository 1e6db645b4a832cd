import Foundation
@testable import DiscordModels

/// Decodes a fixture string.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// Encodes a value and parses it back as a JSONValue, so tests can inspect wire keys.
func wire<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
}

/// Decodes a gateway frame string.
func frame(_ json: String) throws -> GatewayMessage {
    try GatewayMessage.decode(json)
}
