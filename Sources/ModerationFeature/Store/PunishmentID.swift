import RaidDomain

/// The incumbent's record ids (punishments and notes): 24 lowercase hex characters from 12 random
/// bytes, so imported histories keep their ids and `/removepunishment` accepts both kinds.
enum PunishmentID {
    /// The id length.
    static let length = 24

    /// A fresh random id.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return make(using: &generator)
    }

    /// A fresh id from `generator` (tests pass a seeded one).
    static func make(using generator: inout some RandomNumberGenerator) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<length).map { _ in digits[Int(generator.next() % 16)] })
    }

    /// The id typed by a member, lower-cased, when it is exactly 24 hex digits; nil otherwise.
    static func parse(_ text: String) -> String? {
        let lowered = text.trimmingSpaces().lowercased()
        guard lowered.utf8.count == length,
              lowered.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return lowered
    }
}
