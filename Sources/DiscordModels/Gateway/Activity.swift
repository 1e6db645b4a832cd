/// A presence activity ("Playing …", custom status).
public struct Activity: Codable, Hashable, Sendable {
    /// Activity name.
    public var name: String
    /// 0 playing, 1 streaming, 2 listening, 3 watching, 4 custom, 5 competing.
    public var type: Int
    /// Custom status text.
    public var state: String?
    /// Stream URL.
    public var url: String?

    /// Creates an activity.
    public init(name: String, type: Int, state: String? = nil, url: String? = nil) {
        self.name = name
        self.type = type
        self.state = state
        self.url = url
    }
}
