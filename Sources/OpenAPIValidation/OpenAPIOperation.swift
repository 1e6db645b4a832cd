/// One operation of the spec matched to a concrete request path.
public struct OpenAPIOperation: Sendable, Hashable {
    /// The spec's operationId, e.g. "create_message".
    public var operationID: String
    /// Upper-case HTTP method.
    public var method: String
    /// The spec's path template, e.g. "/channels/{channel_id}/messages".
    public var pathTemplate: String
    /// Path parameters taken from the concrete path, e.g. ["channel_id": "123"].
    public var pathParameters: [String: String]
    /// The `application/json` request body schema, if the operation takes one.
    public var requestSchema: JSONNode?
    /// Whether the spec marks the body as required.
    public var requestBodyRequired: Bool
}
