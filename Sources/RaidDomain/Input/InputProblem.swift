/// Why a piece of typed input (a duration, an IGN, an amount, a text field) was refused; each case
/// renders a plain-words reply, so a handler never invents its own wording.
public enum InputProblem: Error, Hashable, Sendable {
    /// The text is not a number of the accepted shape.
    case notANumber(String)
    /// Points accept at most two decimals.
    case tooManyDecimals(String)
    /// A number outside the accepted range.
    case numberOutOfRange(field: String, minimum: Int, maximum: Int)
    /// A duration that is not `<n><unit>` with an accepted unit.
    case durationFormat(String, accepted: [DurationUnit])
    /// A duration outside the accepted range, in minutes.
    case durationOutOfRange(minimumMinutes: Int, maximumMinutes: Int)
    /// An empty IGN.
    case ignEmpty
    /// An IGN longer than 16 characters.
    case ignTooLong
    /// An IGN with characters other than letters, digits, space, `_` and `-`.
    case ignCharacters(String)
    /// A text field longer than its limit.
    case textTooLong(field: String, limit: Int)
    /// A required text field left empty.
    case textMissing(field: String)

    /// The message shown to the user.
    public var reply: String {
        switch self {
        case .notANumber(let text): return "❌ `\(text.quotedForReply)` is not a number."
        case .tooManyDecimals(let text): return "❌ `\(text.quotedForReply)` has more than two decimals."
        case .numberOutOfRange(let field, let minimum, let maximum):
            return "❌ \(field) must be between \(minimum) and \(maximum)."
        case .durationFormat(let text, let accepted):
            let examples = accepted.map { "`\($0.example)`" }.joined(separator: ", ")
            return "❌ `\(text.quotedForReply)` is not a duration. Use a whole number and a unit, like \(examples)."
        case .durationOutOfRange(let minimum, let maximum):
            return "❌ The duration must be between \(DurationUnit.describe(minutes: minimum)) and \(DurationUnit.describe(minutes: maximum))."
        case .ignEmpty: return "❌ Please enter an IGN."
        case .ignTooLong: return "❌ An IGN is at most 16 characters."
        case .ignCharacters(let text):
            return "❌ `\(text.quotedForReply)` is not a valid IGN: use only letters, digits, spaces, `_` and `-`."
        case .textTooLong(let field, let limit): return "❌ \(field) must be at most \(limit) characters."
        case .textMissing(let field): return "❌ \(field) is required."
        }
    }
}

extension String {
    /// User text made safe to echo inside a code span: backticks removed, newlines flattened, cut to
    /// 100 characters, so a hostile option value can neither break the reply's markup nor bloat it.
    var quotedForReply: String {
        let flat = self.filter { $0 != "`" }.map { $0.isNewline ? " " : String($0) }.joined()
        return flat.count > 100 ? String(flat.prefix(100)) + "…" : flat
    }
}
