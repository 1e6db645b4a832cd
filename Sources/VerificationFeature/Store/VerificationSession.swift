/// A member's verification session in the guild, as the DM steps and the Done button read it.
public struct VerificationSession: Hashable, Sendable {
    /// The reference's statuses (§7.1).
    public enum Status: String, Sendable {
        case pendingIGN = "pending_ign", pendingRealmEye = "pending_realmeye", pendingScreenshot = "pending_screenshot"
        case pendingReview = "pending_review", verified, cancelled, denied, expired
    }

    /// Where it stands.
    public var status: Status
    /// The IGN given, once given.
    public var ign: String?
    /// The code to find on RealmEye, once drawn.
    public var code: String?
    /// Unix ms after which it expires (unless in review).
    public var expiresAt: Int64
}

/// How many sessions one expiry run ended, of each kind.
public struct ExpiredSessionCounts: Hashable, Sendable {
    /// RealmEye and manual-screenshot sessions.
    public var verification: Int
    /// Custom-role sessions.
    public var customRole: Int

    /// Counts.
    public init(verification: Int, customRole: Int) {
        self.verification = verification
        self.customRole = customRole
    }

    /// Both kinds together.
    public var total: Int { verification + customRole }
}

extension VerificationSession {
    /// Whether the session still runs at `now`: a pending step before its deadline, or in review.
    public func isInProgress(now: Int64) -> Bool {
        switch status {
        case .pendingReview: true
        case .pendingIGN, .pendingRealmEye, .pendingScreenshot: expiresAt > now
        case .verified, .cancelled, .denied, .expired: false
        }
    }
}
