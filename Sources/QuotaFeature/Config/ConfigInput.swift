import BotKit
import RaidDomain

/// What the configuration modals accept, parsed before anything is written: a bad field becomes a
/// plain answer naming it, and the whole submit writes nothing.
enum ConfigInput {
    /// The largest per-run, per-action or per-dungeon value: 1,000 points.
    static let maximumValue = Points(1_000)
    /// The largest required points of a period: 100,000.
    static let maximumRequired = Points(100_000)

    /// A point value typed into `field`: a number ≥ 0 with at most two decimals, at most `maximum`.
    static func amount(_ text: String?, field: String, maximum: Points = maximumValue) throws -> Points {
        let value = try number(text, field: field)
        guard value >= .zero, value <= maximum else {
            throw refusal("❌ \(field) must be between 0 and \(maximum), with at most two decimals.")
        }
        return value
    }

    /// A dungeon override: 0 or negative removes it (returned as nil), else at most `maximumValue`.
    static func override(_ text: String?, field: String) throws -> Points? {
        let value = try number(text, field: field)
        guard value > .zero else { return nil }
        guard value <= maximumValue else { throw refusal("❌ \(field) must be at most \(maximumValue).") }
        return value
    }

    /// Any number with at most two decimals.
    private static func number(_ text: String?, field: String) throws -> Points {
        let typed = (text ?? "").trimmingSpaces()
        guard !typed.isEmpty else { throw refusal("❌ \(field) is required.") }
        switch Points.parse(typed) {
        case .success(let value): return value
        case .failure(.tooManyDecimals): throw refusal("❌ \(field) `\(echo(typed))` has more than two decimals.")
        case .failure: throw refusal("❌ \(field) `\(echo(typed))` is not a number.")
        }
    }

    /// A moment typed as `YYYY-MM-DD HH:MM` (UTC).
    static func moment(_ text: String?, field: String) throws -> Timestamp {
        let typed = (text ?? "").trimmingSpaces()
        guard let moment = UTCDateTime.parse(typed) else {
            throw refusal("❌ \(field) `\(echo(typed))` is not a date: write it as YYYY-MM-DD HH:MM (UTC).")
        }
        return moment
    }

    /// Member text made safe inside a code span: no backticks or newlines, at most 40 characters.
    static func echo(_ text: String) -> String {
        String(text.filter { $0 != "`" && !$0.isNewline }.prefix(40))
    }

    /// A validation refusal with `message`.
    static func refusal(_ message: String) -> BotKitError {
        BotKitError(.validation, detail: "configuration input refused", userMessage: message)
    }
}
