/// A spec path such as `/channels/{channel_id}/messages/{message_id}`, split for matching.
struct PathTemplate: Sendable, Hashable {
    /// The template as written in the spec.
    let template: String
    /// Literal segments, or nil for a `{parameter}` segment (with its name alongside).
    let segments: [Segment]

    /// One path segment.
    enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    init(_ template: String) {
        self.template = template
        self.segments = Self.split(template).map { part in
            if part.hasPrefix("{"), part.hasSuffix("}") { return .parameter(String(part.dropFirst().dropLast())) }
            return .literal(part)
        }
    }

    /// Literal segments count: more literals means a more specific template (`@me` over `{user_id}`).
    var specificity: Int {
        segments.reduce(0) { if case .literal = $1 { $0 + 1 } else { $0 } }
    }

    /// The parameters bound by `path`, or nil when it does not match.
    func match(_ path: String) -> [String: String]? {
        let parts = Self.split(path)
        guard parts.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, parts) {
            switch segment {
            case .literal(let literal): guard literal == part else { return nil }
            case .parameter(let name):
                guard !part.isEmpty else { return nil }
                parameters[name] = part
            }
        }
        return parameters
    }

    /// Normalises a request path: drops the query, the `/api/vN` prefix and empty segments.
    static func split(_ path: String) -> [String] {
        let withoutQuery = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var parts = withoutQuery.split(separator: "/").map(String.init)
        if parts.first == "api" { parts.removeFirst() }
        if let version = parts.first, version.hasPrefix("v"), Int(version.dropFirst()) != nil { parts.removeFirst() }
        return parts
    }
}
