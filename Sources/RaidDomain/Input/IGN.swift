/// A Realm of the Mad God in-game name, validated as the incumbent validates it (§6.5, §7.2):
/// trimmed, 1–16 characters of letters, digits, space, `_` and `-`. Equality ignores case, because
/// IGN conflicts are checked case-insensitively.
public struct IGN: Hashable, Sendable, CustomStringConvertible {
    /// The longest IGN accepted.
    public static let maximumLength = 16

    /// The name as typed (trimmed), used for nicknames and RealmEye links.
    public let value: String

    /// The case-folded name conflicts are checked on (`LOWER(ign)` in the database).
    public var normalized: String { value.lowercased() }

    /// Validates typed text into an IGN, or says why it is not one.
    public static func parse(_ text: String) -> Result<IGN, InputProblem> {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { return .failure(.ignEmpty) }
        guard trimmed.storedLength <= maximumLength else { return .failure(.ignTooLong) }
        guard trimmed.allSatisfy(isAllowed) else { return .failure(.ignCharacters(trimmed)) }
        return .success(IGN(value: trimmed))
    }

    private init(value: String) { self.value = value }

    private static func isAllowed(_ character: Character) -> Bool {
        guard character.isASCII else { return false }
        return character.isLetter || character.isNumber || character == " " || character == "_" || character == "-"
    }

    /// Two IGNs are the same name when they match ignoring case.
    public static func == (lhs: IGN, rhs: IGN) -> Bool { lhs.normalized == rhs.normalized }

    /// Hashes the case-folded name, consistent with equality.
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }

    /// The name as typed.
    public var description: String { value }
}
