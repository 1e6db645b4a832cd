/// The numeric limits of runs (§10.8, §3.6, §3.7), in one place so panels, modals and rules agree.
public enum RunLimits {
    /// Minutes after creation when an active run auto-ends, unless configured otherwise.
    public static let defaultAutoEndMinutes = 120
    /// The accepted `auto_end_minutes` range (the schema's CHECK).
    public static let autoEndMinutes = 1...1440
    /// Seconds the party join window stays open after a key pop, unless asked otherwise.
    public static let defaultKeyWindowSeconds = 25
    /// The accepted key-window range.
    public static let keyWindowSeconds = 1...300
    /// The accepted chain amount range.
    public static let chainAmount = 1...99
    /// The longest party or location text.
    public static let partyLocationLength = 100
    /// The longest organizer note on `/run`: what fits an embed field.
    public static let descriptionLength = 1024
    /// The accepted Oryx 3 realm score, in percent.
    public static let realmScore = 1...99

    /// Validates a configured auto-end length; nil means the default.
    public static func autoEnd(minutes: Int?) -> Result<Int, InputProblem> {
        check(minutes ?? defaultAutoEndMinutes, in: autoEndMinutes, field: "Auto-end minutes")
    }

    /// Validates a key-window length; nil means the default.
    public static func keyWindow(seconds: Int?) -> Result<Int, InputProblem> {
        check(seconds ?? defaultKeyWindowSeconds, in: keyWindowSeconds, field: "The key window (seconds)")
    }

    /// Validates a realm score typed into the Oryx 3 modal.
    public static func realmScore(_ text: String) -> Result<Int, InputProblem> {
        let trimmed = text.trimmingSpaces().hasSuffix("%") ? String(text.trimmingSpaces().dropLast()) : text.trimmingSpaces()
        guard let value = Int(trimmed) else { return .failure(.notANumber(trimmed)) }
        return check(value, in: realmScore, field: "The realm score")
    }

    /// Validates a chain amount typed into the chain modal.
    public static func chain(_ text: String) -> Result<Int, InputProblem> {
        let trimmed = text.trimmingSpaces()
        guard let value = Int(trimmed) else { return .failure(.notANumber(trimmed)) }
        return check(value, in: chainAmount, field: "The chain amount")
    }

    static func check(_ value: Int, in range: ClosedRange<Int>, field: String) -> Result<Int, InputProblem> {
        range.contains(value) ? .success(value)
            : .failure(.numberOutOfRange(field: field, minimum: range.lowerBound, maximum: range.upperBound))
    }

    /// Trims an optional free-text field; empty means "not set", over `limit` is refused.
    public static func optionalText(_ text: String?, limit: Int, field: String) -> Result<String?, InputProblem> {
        guard let trimmed = text?.trimmingSpaces(), !trimmed.isEmpty else { return .success(nil) }
        return trimmed.storedLength <= limit ? .success(trimmed) : .failure(.textTooLong(field: field, limit: limit))
    }
}
