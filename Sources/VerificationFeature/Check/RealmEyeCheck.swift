import RealmEye

/// The check behind the Done button, as a pure decision over RealmEye's answer: the code must be in
/// the description (case-sensitive, lines joined by newlines, §7.3), the page must be the member's
/// IGN, then the guild's requirements.
public enum RealmEyeCheck: Hashable, Sendable {
    /// Every check passed: apply verification with the IGN as RealmEye writes it.
    case passed(ign: String)
    /// The code is in place but requirements failed: to manual review with these reasons.
    case requirementsFailed(ign: String, [RequirementFailure])
    /// The code is not in the description yet (the member may retry).
    case codeMissing
    /// RealmEye has no such player.
    case notFound
    /// The profile is private.
    case privateProfile
    /// RealmEye could not be read, or refused us (the member may retry later).
    case unavailable(blocked: Bool)

    /// The decision for `outcome`, the member's `ign`, their `code` and the guild's `requirements`.
    public static func decide(_ outcome: RealmEyeOutcome, ign: String, code: String,
                              requirements: VerificationRequirements) -> RealmEyeCheck {
        switch outcome {
        case .notFound: return .notFound
        case .private: return .privateProfile
        case .unavailable: return .unavailable(blocked: false)
        case .blocked: return .unavailable(blocked: true)
        case .found(let profile):
            guard profile.name.lowercased() == ign.lowercased() else { return .notFound }
            guard profile.description.contains(code) else { return .codeMissing }
            let failures = requirements.failures(of: profile)
            return failures.isEmpty ? .passed(ign: profile.name) : .requirementsFailed(ign: profile.name, failures)
        }
    }
}
