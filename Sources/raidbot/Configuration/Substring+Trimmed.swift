/// Whitespace trimming without Foundation's CharacterSet (not in FoundationEssentials).
extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, carriage returns and newlines.
    var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
