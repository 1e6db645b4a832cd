/// Ticket ids in the incumbent's format, `MM-` and six of A–Z0–9 (the schema's CHECK), so an
/// imported history keeps its ids.
enum TicketID {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// A fresh random id.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return "MM-" + String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Whether `text` has the format.
    static func isValid(_ text: String) -> Bool {
        text.count == 9 && text.hasPrefix("MM-") && text.dropFirst(3).allSatisfy { alphabet.contains($0) }
    }
}
