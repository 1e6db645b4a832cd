import RealmEye

/// A guild's requirements beyond the code check, read from the same RealmEye page; each optional.
/// A newcomer who fails one goes to manual review with the reasons, not a bare refusal.
public struct VerificationRequirements: Hashable, Sendable {
    /// Least stars (rank), if required.
    public var minimumStars: Int?
    /// Least alive fame, if required.
    public var minimumAliveFame: Int?
    /// Least number of characters, if required.
    public var minimumCharacters: Int?
    /// Whether the account's creation date ("Created" / "First seen") must be visible.
    public var createdMustBeVisible: Bool
    /// Whether the player must be in a RotMG guild.
    public var guildRequired: Bool

    /// Requirements; none by default.
    public init(minimumStars: Int? = nil, minimumAliveFame: Int? = nil, minimumCharacters: Int? = nil,
                createdMustBeVisible: Bool = false, guildRequired: Bool = false) {
        self.minimumStars = minimumStars
        self.minimumAliveFame = minimumAliveFame
        self.minimumCharacters = minimumCharacters
        self.createdMustBeVisible = createdMustBeVisible
        self.guildRequired = guildRequired
    }

    /// No requirement at all (the incumbent's behaviour).
    public static let none = VerificationRequirements()

    /// Every requirement `profile` fails, in a fixed order. A number the page did not show fails
    /// its minimum: an unreadable value must not pass a gate.
    public func failures(of profile: RealmEyeProfile) -> [RequirementFailure] {
        var failures: [RequirementFailure] = []
        if let minimum = minimumStars, (profile.stars ?? -1) < minimum {
            failures.append(.stars(required: minimum, shown: profile.stars))
        }
        if let minimum = minimumAliveFame, (profile.fame ?? -1) < minimum {
            failures.append(.aliveFame(required: minimum, shown: profile.fame))
        }
        if let minimum = minimumCharacters, (profile.characters ?? -1) < minimum {
            failures.append(.characters(required: minimum, shown: profile.characters))
        }
        if createdMustBeVisible, case .hidden = profile.created { failures.append(.creationDateHidden) }
        if createdMustBeVisible, case .absent = profile.created { failures.append(.creationDateHidden) }
        if guildRequired && profile.guild == nil { failures.append(.noGuild) }
        return failures
    }
}

/// One requirement a profile failed, rendered for the member and the review ticket.
public enum RequirementFailure: Hashable, Sendable {
    case stars(required: Int, shown: Int?)
    case aliveFame(required: Int, shown: Int?)
    case characters(required: Int, shown: Int?)
    case creationDateHidden
    case noGuild

    /// The reason, as the review ticket lists it.
    public var reason: String {
        switch self {
        case .stars(let required, let shown): "Stars: \(Self.shown(shown)), at least \(required) required"
        case .aliveFame(let required, let shown): "Alive fame: \(Self.shown(shown)), at least \(required) required"
        case .characters(let required, let shown): "Characters: \(Self.shown(shown)), at least \(required) required"
        case .creationDateHidden: "Account creation date is hidden on RealmEye; it must be visible"
        case .noGuild: "Not in a guild; a guild membership is required"
        }
    }

    private static func shown(_ value: Int?) -> String { value.map(String.init) ?? "not shown" }
}
