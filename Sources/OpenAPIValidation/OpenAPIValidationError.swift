/// The one error type of OpenAPIValidation: the spec could not be read, or a request has no
/// matching operation or no JSON body schema.
public struct OpenAPIValidationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, stable enough to switch on.
    public enum Code: String, Sendable, Hashable {
        /// The spec file could not be read or is not an OpenAPI document.
        case unreadableSpec
        /// The request body is not valid JSON.
        case invalidJSON
        /// No operation in the spec matches the method and path.
        case unknownOperation
        /// The operation exists but declares no JSON request body.
        case noRequestBody
        /// The operation declares no JSON body for that response status.
        case noResponseBody
        /// A `$ref` points nowhere.
        case unresolvableReference
    }

    /// What went wrong.
    public var code: Code
    /// Human-readable detail.
    public var message: String
    /// The lower-level error, if any.
    public var underlying: (any Error)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    /// The message prefixed with the code.
    public var description: String { "\(code.rawValue): \(message)" }
}
