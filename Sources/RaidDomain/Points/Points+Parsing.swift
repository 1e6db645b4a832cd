extension Points {
    /// Parses an amount typed by staff ("5", "-2", "1.25", ".5"): an optional sign, digits, and at most
    /// two decimals, as the incumbent's validation allows; anything else is refused with a reason.
    public static func parse(_ text: String) -> Result<Points, InputProblem> {
        let trimmed = text.trimmingSpaces()
        var body = Substring(trimmed)
        let negative = body.first == "-"
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first ?? "", fraction = parts.count > 1 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), isDigits(whole), isDigits(fraction),
              !(parts.count > 1 && fraction.isEmpty) else { return .failure(.notANumber(trimmed)) }
        guard fraction.count <= 2 else { return .failure(.tooManyDecimals(trimmed)) }
        let padded = fraction.count == 2 ? String(fraction) : String(fraction) + String(repeating: "0", count: 2 - fraction.count)
        guard whole.count <= 15, let units = Int64(whole.isEmpty ? "0" : String(whole)),
              let cents = Int64(padded) else { return .failure(.notANumber(trimmed)) }
        let magnitude = units * 100 + cents
        return .success(Points(hundredths: negative ? -magnitude : magnitude))
    }

    private static func isDigits(_ text: Substring) -> Bool {
        text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
