/// Message flags; the bot mostly sets `.ephemeral` on interaction replies.
public struct MessageFlags: OptionSet, Codable, Hashable, Sendable {
    /// The raw bits.
    public var rawValue: UInt64

    /// Wraps raw bits.
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// 1 << 2: do not show link embeds.
    public static let suppressEmbeds = MessageFlags(rawValue: 1 << 2)
    /// 1 << 6: only the invoking user sees it (interaction replies only).
    public static let ephemeral = MessageFlags(rawValue: 1 << 6)
    /// 1 << 7: the "thinking…" message of a deferral.
    public static let loading = MessageFlags(rawValue: 1 << 7)
    /// 1 << 12: no push or desktop notification.
    public static let suppressNotifications = MessageFlags(rawValue: 1 << 12)
    /// 1 << 15: Components V2 layout (no content/embeds; ≤40 components).
    public static let isComponentsV2 = MessageFlags(rawValue: 1 << 15)
}
