/// The code a member pastes into their RealmEye description: 20 characters from an alphabet
/// without look-alikes (no I, O, i, l, o, 0, 1), drawn from a cryptographic source so nobody can
/// predict another member's code.
public enum VerificationCode {
    /// The incumbent's alphabet (§7.3).
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
    /// The code's length.
    public static let length = 20

    /// A fresh code. `SystemRandomNumberGenerator` reads the kernel's CSPRNG (getrandom on Linux);
    /// `randomElement(using:)` draws without modulo bias.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// A code drawn from `generator` (tests pass a seeded one to prove the shape only).
    public static func generate(using generator: inout some RandomNumberGenerator) -> String {
        String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
