import RaidDomain

/// A member's raider row as the identity commands see it.
struct RaiderRecord: Hashable, Sendable {
    /// The member.
    let userID: UInt64
    /// `pending`, `approved`, `rejected` or `banned`.
    let status: String
    /// Their main IGN (nil when not verified).
    let main: IGN?
    /// Their alt IGN.
    let alt: IGN?
    /// Whether modmail refuses them; kept across unverify and verify (defect 27).
    let modmailBlacklisted: Bool

    /// Whether the member is verified (`approved`).
    var isVerified: Bool { status == "approved" && main != nil }
}
