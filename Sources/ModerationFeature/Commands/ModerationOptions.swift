import BotKit
import DiscordModels
import RaidDomain

/// A moderation command's typed options, validated before anything is read from or written to
/// Discord or the database: a bad value becomes a `ModerationRefusal` with a plain answer.
struct ModerationOptions: Sendable {
    /// The invocation.
    let context: InteractionContext

    /// The `member` (or `name`) user option.
    func user(_ name: String = "member") throws(ModerationRefusal) -> Snowflake {
        guard let id = context.commandData?.value(of: name)?.snowflakeValue else {
            throw .input(.textMissing(field: "Member"))
        }
        return id
    }

    /// A required text option, trimmed, at most `limit` characters as SQLite counts them.
    func text(_ name: String, field: String, limit: Int) throws(ModerationRefusal) -> String {
        let value = (context.commandData?.value(of: name)?.stringValue ?? "").trimmingSpaces()
        guard !value.isEmpty else { throw .input(.textMissing(field: field)) }
        guard value.storedLength <= limit else { throw .input(.textTooLong(field: field, limit: limit)) }
        return value
    }

    /// The required `reason` (1–500).
    func reason() throws(ModerationRefusal) -> String {
        try text("reason", field: "Reason", limit: ModerationLimits.reason)
    }

    /// The required `duration`, by `rule`.
    func duration(_ rule: DurationRule) throws(ModerationRefusal) -> DurationSpan {
        switch rule.parse(context.commandData?.value(of: "duration")?.stringValue ?? "") {
        case .success(let span): return span
        case .failure(let problem): throw .input(problem)
        }
    }

    /// The invoker as a domain member.
    var actor: MemberID { MemberID(context.userID.rawValue) }

    /// The invoker's Discord roles, which price moderation points.
    var actorRoles: Set<RoleID> { context.standing.quotaRoles }
}
