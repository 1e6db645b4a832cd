/// What to tell the early-location channel after party or location changed (§3.7).
public struct EarlyLocNotice: Hashable, Sendable {
    /// True when party and location just became both known ("🟢 Location Set"); false for a later
    /// change ("🟡 Location Updated").
    public let isInitialSet: Bool
    /// The party after the change.
    public let party: String?
    /// The location after the change.
    public let location: String?

    /// The notice for a change from (`oldParty`, `oldLocation`) to (`party`, `location`), or nil when
    /// nothing changed.
    public static func after(oldParty: String?, oldLocation: String?, party: String?, location: String?) -> EarlyLocNotice? {
        guard oldParty != party || oldLocation != location else { return nil }
        let wasComplete = oldParty != nil && oldLocation != nil
        let isComplete = party != nil && location != nil
        return EarlyLocNotice(isInitialSet: !wasComplete && isComplete, party: party, location: location)
    }

    /// The embed title.
    public var title: String { isInitialSet ? "🟢 Location Set" : "🟡 Location Updated" }

    /// The embed colour: green for the first set, yellow for updates.
    public var colour: UInt32 { isInitialSet ? 0x57F287 : 0xFEE75C }
}
