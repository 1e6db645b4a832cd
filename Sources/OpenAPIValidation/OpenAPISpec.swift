import Foundation

/// Discord's OpenAPI document, loaded once and used to find operations and validate request bodies.
public struct OpenAPISpec: Sendable {
    /// The whole document, for `$ref` resolution.
    let root: JSONNode
    /// Every (method, template) pair that has an operation.
    private let routes: [Route]

    private struct Route: Sendable {
        let method: String
        let template: PathTemplate
        let operation: JSONNode
    }

    /// Loads the spec from a file path (the tests use `DiscordSpecFile.path`).
    public init(contentsOf path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw OpenAPIValidationError(.unreadableSpec, "cannot read \(path)", underlying: error)
        }
        try self.init(data: data)
    }

    /// Loads the spec from its JSON bytes.
    public init(data: Data) throws {
        let root: JSONNode
        do {
            root = try JSONNode.parse(data)
        } catch {
            throw OpenAPIValidationError(.unreadableSpec, "spec is not JSON", underlying: error)
        }
        guard case .object(let paths)? = root["paths"] else {
            throw OpenAPIValidationError(.unreadableSpec, "spec has no paths")
        }
        self.root = root
        self.routes = paths.flatMap { template, item -> [Route] in
            let parsed = PathTemplate(template)
            return (item.objectValue ?? [:]).compactMap { method, operation in
                guard Self.httpMethods.contains(method), operation["operationId"] != nil else { return nil }
                return Route(method: method.uppercased(), template: parsed, operation: operation)
            }
        }
    }

    private static let httpMethods: Set<String> = ["get", "put", "post", "patch", "delete", "head", "options"]

    /// Number of operations in the spec.
    public var operationCount: Int { routes.count }

    /// The operation for a method and a concrete path ("/api/v10/channels/1/messages?x=1" works);
    /// literal segments win over parameters (`/members/@me` over `/members/{user_id}`).
    public func operation(method: String, path: String) -> OpenAPIOperation? {
        let upper = method.uppercased()
        let candidates = routes.compactMap { route -> (Route, [String: String])? in
            guard route.method == upper, let parameters = route.template.match(path) else { return nil }
            return (route, parameters)
        }
        guard let (route, parameters) = candidates.max(by: { $0.0.template.specificity < $1.0.template.specificity }) else {
            return nil
        }
        let body = route.operation["requestBody"]
        return OpenAPIOperation(
            operationID: route.operation["operationId"]?.stringValue ?? "",
            method: upper,
            pathTemplate: route.template.template,
            pathParameters: parameters,
            requestSchema: body?["content"]?["application/json"]?["schema"],
            requestBodyRequired: body?["required"] == .bool(true))
    }

    /// Validates a JSON body sent to `method path`; an empty list means it conforms.
    public func validateRequestBody(method: String, path: String, body: Data,
                                    options: ValidationOptions = .default) throws -> [SchemaViolation] {
        try validateRequestBody(method: method, path: path, body: try JSONNode.parse(body), options: options)
    }

    /// Checks one recorded request: a JSON body is validated; no body is fine unless the operation
    /// requires one. Throws only when the route is not in the spec or the body is not JSON.
    public func validateRequest(method: String, path: String, body: Data?,
                                options: ValidationOptions = .default) throws -> [SchemaViolation] {
        guard let operation = operation(method: method, path: path) else {
            throw OpenAPIValidationError(.unknownOperation, "no operation for \(method.uppercased()) \(path)")
        }
        guard let body, !body.isEmpty else {
            return operation.requestBodyRequired && operation.requestSchema != nil
                ? [SchemaViolation(pointer: "", keyword: "required", message: "\(operation.operationID) requires a body")]
                : []
        }
        guard operation.requestSchema != nil else {
            throw OpenAPIValidationError(.noRequestBody, "\(operation.operationID) takes no JSON body")
        }
        return try validateRequestBody(method: method, path: path, body: try JSONNode.parse(body), options: options)
    }

    /// Validates an already parsed JSON body sent to `method path`.
    public func validateRequestBody(method: String, path: String, body: JSONNode,
                                    options: ValidationOptions = .default) throws -> [SchemaViolation] {
        guard let operation = operation(method: method, path: path) else {
            throw OpenAPIValidationError(.unknownOperation, "no operation for \(method.uppercased()) \(path)")
        }
        guard let schema = operation.requestSchema else {
            throw OpenAPIValidationError(.noRequestBody, "\(operation.operationID) takes no JSON body")
        }
        return try validate(body, against: schema, options: options)
    }

    /// Validates a response body a Discord stand-in sends for `method path` with `status` (matched
    /// exactly, then as `4XX`-style ranges, then `default`), so the sandbox stays faithful to Discord.
    public func validateResponseBody(method: String, path: String, status: Int, body: Data,
                                     options: ValidationOptions = .default) throws -> [SchemaViolation] {
        guard let operation = operation(method: method, path: path) else {
            throw OpenAPIValidationError(.unknownOperation, "no operation for \(method.uppercased()) \(path)")
        }
        guard let schema = try responseSchema(method: operation.method, template: operation.pathTemplate, status: status) else {
            throw OpenAPIValidationError(.noResponseBody, "\(operation.operationID) declares no JSON body for \(status)")
        }
        return try validate(try JSONNode.parse(body), against: schema, options: options)
    }

    private func responseSchema(method: String, template: String, status: Int) throws -> JSONNode? {
        guard let responses = root["paths"]?[template]?[method.lowercased()]?["responses"] else { return nil }
        guard var response = responses[String(status)] ?? responses["\(status / 100)XX"] ?? responses["default"] else {
            return nil
        }
        if let reference = response["$ref"]?.stringValue { response = try resolve(reference).0 }
        return response["content"]?["application/json"]?["schema"]
    }

    /// Validates any JSON value against a schema of this spec (e.g. `#/components/schemas/RichEmbed`).
    public func validate(_ value: JSONNode, against schema: JSONNode,
                         options: ValidationOptions = .default) throws -> [SchemaViolation] {
        var validator = SchemaValidator(spec: self, options: options)
        try validator.validate(value, schema, at: "")
        return validator.violations
    }

    /// The component schema named `name`, e.g. "MessageCreateRequest".
    public func schema(named name: String) -> JSONNode? {
        root["components"]?["schemas"]?[name]
    }

    /// Follows a local `$ref` ("#/components/schemas/X"); returns the target and its schema name.
    func resolve(_ reference: String) throws -> (JSONNode, String?) {
        guard reference.hasPrefix("#/") else {
            throw OpenAPIValidationError(.unresolvableReference, "non-local $ref \(reference)")
        }
        var node = root
        let tokens = reference.dropFirst(2).split(separator: "/").map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        for token in tokens {
            guard let next = node[token] ?? node.arrayValue.flatMap({ array in Int(token).flatMap { array.indices.contains($0) ? array[$0] : nil } }) else {
                throw OpenAPIValidationError(.unresolvableReference, "$ref \(reference) not found")
            }
            node = next
        }
        let name = tokens.count == 3 && tokens[0] == "components" && tokens[1] == "schemas" ? tokens[2] : nil
        return (node, name)
    }
}
