/// Another member's registered names, as the IGN conflict rules compare against them (§6.5).
public struct RegisteredNames: Hashable, Sendable {
    /// The member holding the names.
    public let member: MemberID
    /// Their main IGN.
    public let main: IGN?
    /// Their alt IGN.
    public let alt: IGN?

    /// A member's registered names.
    public init(member: MemberID, main: IGN?, alt: IGN?) {
        self.member = member
        self.main = main
        self.alt = alt
    }
}

/// The IGN conflict rules: a main may not equal another member's main; an alt may not equal the
/// member's own main nor another member's main or alt. All comparisons ignore case.
public enum IGNConflict {
    /// The member who already uses `main` as their main, if any (for `/verify` and `/editname`).
    public static func holderOfMain(_ main: IGN, for member: MemberID, among others: [RegisteredNames]) -> MemberID? {
        others.first { $0.member != member && $0.main == main }?.member
    }

    /// Why `alt` cannot be added for a member whose main is `ownMain`, or nil when it can.
    public static func altConflict(_ alt: IGN, ownMain: IGN?, for member: MemberID,
                                   among others: [RegisteredNames]) -> AltConflict? {
        if alt == ownMain { return .sameAsOwnMain }
        let holder = others.first { $0.member != member && ($0.main == alt || $0.alt == alt) }
        return holder.map { .inUse(by: $0.member) }
    }
}

/// Why an alt IGN was refused.
public enum AltConflict: Hashable, Sendable {
    /// The alt equals the member's own main.
    case sameAsOwnMain
    /// Another member already uses it as main or alt.
    case inUse(by: MemberID)

    /// The message shown to staff.
    public var reply: String {
        switch self {
        case .sameAsOwnMain: return "❌ The alt IGN is the same as the member's main IGN."
        case .inUse(let holder): return "❌ That IGN is already in use by <@\(holder)>."
        }
    }
}
