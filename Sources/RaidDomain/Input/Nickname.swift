/// The `Main | Alt` nickname convention for verified raiders (§6.5, §7.8).
public enum Nickname {
    /// The nickname for a main IGN and an optional alt, keeping the old nickname's leading symbols
    /// (a staff prefix such as "⭐") as `/editname` does.
    public static func compose(main: IGN, alt: IGN? = nil, keepingPrefixOf old: String? = nil) -> String {
        let prefix = old.map { String($0.prefix { !($0.isLetter || $0.isNumber) }) } ?? ""
        let name = alt.map { "\(main.value) | \($0.value)" } ?? main.value
        return prefix + name
    }

    /// Reads a nickname back into IGNs as `/forcesync` does: split on `|`, `/` or `\`, each part
    /// trimmed; the first valid part is the main, the second (if valid) the alt. Nil when no part is
    /// a valid IGN.
    public static func parse(_ nickname: String) -> (main: IGN, alt: IGN?)? {
        let parts = nickname.split(whereSeparator: { $0 == "|" || $0 == "/" || $0 == "\\" })
            .compactMap { try? IGN.parse(String($0).trimmingLeadingSymbols()).get() }
        guard let main = parts.first else { return nil }
        return (main, parts.dropFirst().first)
    }
}

extension String {
    fileprivate func trimmingLeadingSymbols() -> String {
        String(trimmingSpaces().drop { !($0.isLetter || $0.isNumber) })
    }
}
