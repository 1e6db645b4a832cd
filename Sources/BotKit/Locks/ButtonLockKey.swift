/// What a button lock serialises (§10.5). Actions that conflict share one key, so they can never race
/// (a run's end and cancel, defect 15); each feature declares its own keys.
public struct ButtonLockKey: Hashable, Sendable, CustomStringConvertible {
    /// The key text.
    public let rawValue: String

    /// A key from text; features name theirs in `ButtonLockKey` extensions.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The key text.
    public var description: String { rawValue }
}
