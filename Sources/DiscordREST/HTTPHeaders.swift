/// Response or request headers looked up case-insensitively, as HTTP field names are.
public struct HTTPHeaders: Sendable, Hashable {
    private var fields: [String: String] = [:]

    /// Creates an empty header set.
    public init() {}

    /// Creates headers from name/value pairs; a repeated name keeps values joined by ", ".
    public init(_ pairs: [(String, String)]) {
        for (name, value) in pairs { add(name: name, value: value) }
    }

    /// The value of a header field, whatever the case of `name`.
    public subscript(name: String) -> String? {
        get { fields[name.lowercased()] }
        set { fields[name.lowercased()] = newValue }
    }

    /// Appends a value; a repeated field is combined as RFC 9110 §5.3 allows.
    public mutating func add(name: String, value: String) {
        let key = name.lowercased()
        if let existing = fields[key] {
            fields[key] = existing + ", " + value
        } else {
            fields[key] = value
        }
    }

    /// All fields, names lowercased.
    public var all: [String: String] { fields }

    /// Parses one raw header line from the wire ("Name: value\r\n"); false if it is not a field line.
    @discardableResult
    mutating func addRawLine(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let name = line[..<colon].trimmingWhitespace()
        let value = line[line.index(after: colon)...].trimmingWhitespace()
        guard !name.isEmpty else { return false }
        add(name: String(name), value: String(value))
        return true
    }
}

extension Substring {
    /// The substring without leading and trailing spaces, tabs, CR and LF.
    func trimmingWhitespace() -> Substring {
        // "\r\n" is one Character (a grapheme cluster), so test every scalar of it.
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.allSatisfy { " \t\r\n".unicodeScalars.contains($0) } }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
