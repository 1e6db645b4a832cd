import BotKit
import DiscordModels
import RaidDomain

/// The identity commands' declarations and typed options: a bad value becomes an `IdentityRefusal`
/// before Discord or the database is asked anything.
enum IdentityOptions {
    /// The required `member` user option.
    static func member(_ description: String = "The member") -> ApplicationCommandOption {
        ApplicationCommandOption(type: .user, name: "member", description: description, required: true)
    }

    /// The required `ign` option (1–16; the rules are checked again on receipt).
    static func ign(_ description: String) -> ApplicationCommandOption {
        ApplicationCommandOption(type: .string, name: "ign", description: description, required: true,
                                 maxLength: IGN.maximumLength)
    }

    /// The optional `reason` of `/unverify` (≤ 500).
    static func reason() -> ApplicationCommandOption {
        ApplicationCommandOption(type: .string, name: "reason", description: "Why (optional)", required: false,
                                 maxLength: reasonLimit)
    }

    /// The longest reason kept.
    static let reasonLimit = 500

    /// The `member` option's user.
    static func user(_ context: InteractionContext) throws(IdentityRefusal) -> Snowflake {
        guard let id = context.commandData?.value(of: "member")?.snowflakeValue else { throw .input(.textMissing(field: "Member")) }
        return id
    }

    /// The `ign` option, validated by the IGN rules (§6.5).
    static func ign(_ context: InteractionContext) throws(IdentityRefusal) -> IGN {
        switch IGN.parse(context.commandData?.value(of: "ign")?.stringValue ?? "") {
        case .success(let ign): return ign
        case .failure(let problem): throw .input(problem)
        }
    }

    /// The `reason` option, or the incumbent's default.
    static func reason(_ context: InteractionContext) throws(IdentityRefusal) -> String {
        let text = (context.commandData?.value(of: "reason")?.stringValue ?? "").trimmingSpaces()
        guard text.storedLength <= reasonLimit else { throw .input(.textTooLong(field: "Reason", limit: reasonLimit)) }
        return text.isEmpty ? "No reason provided" : text
    }

    /// The invoker's Discord roles, which price moderation points.
    static func actorRoles(_ context: InteractionContext) -> Set<RoleID> {
        context.standing.quotaRoles
    }
}
