import BotKit
import DiscordModels
import RaidDomain

/// A quota command's typed options, validated before anything is read or written: a bad value
/// becomes a plain answer and writes nothing.
struct QuotaOptions: Sendable {
    /// The invocation.
    let context: InteractionContext

    /// The `member` option, or the invoker when it is optional and absent.
    func member(required: Bool = false) throws -> Snowflake {
        if let id = context.commandData?.value(of: "member")?.snowflakeValue { return id }
        guard !required else { throw Self.refusal("❌ Choose a member.") }
        return context.userID
    }

    /// The `dungeon` option: a code autocomplete offered, or a dungeon name typed in full.
    func dungeon() throws -> Dungeon {
        let typed = (context.commandData?.value(of: "dungeon")?.stringValue ?? "").trimmingSpaces()
        if let dungeon = Dungeon.named(DungeonCode(typed))
            ?? DungeonSearch.suggestions(for: typed).first(where: { $0.name.lowercased() == typed.lowercased() }) {
            return dungeon
        }
        throw Self.refusal("❌ That is not a dungeon I know (\(typed.prefix(40).filter { $0 != "`" && $0 != "@" })). Pick one from the list as you type.")
    }

    /// The `amount` of runs or keys: default 1, not zero, at most 99 either way.
    func count() throws -> Int {
        let typed = context.commandData?.value(of: "amount")?.integerValue.map { Int($0) }
        return try Self.unwrap(ManualAmount.runOrKeyCount(typed))
    }

    /// The `amount` of points: at most two decimals, not zero, capped at ±999.
    func points() throws -> (amount: Points, wasCapped: Bool) {
        return try Self.unwrap(Points.parse(amountText).flatMap(ManualAmount.pointsAdjustment))
    }

    /// The `amount` as typed: Discord sends a number option as a double, whose shortest text
    /// keeps every decimal the member wrote (so `1.255` still fails the two-decimals rule).
    private var amountText: String {
        switch context.commandData?.value(of: "amount") {
        case .integer(let value): return String(value)
        case .number(let value): return value.rounded() == value && value.magnitude < 1e15 ? String(Int64(value)) : "\(value)"
        case .string(let text): return text
        default: return ""
        }
    }

    /// The username Discord resolved for `userID`, kept on first contact (alphabetical boards).
    func username(of userID: Snowflake) -> String? {
        userID == context.userID ? context.interaction.invoker?.username
            : context.commandData?.resolved?.users?[userID]?.username
    }

    /// The invoker's Discord roles, which price organizer quota.
    var actorRoles: Set<RoleID> { context.standing.quotaRoles }

    /// A validation refusal with `message`.
    static func refusal(_ message: String) -> BotKitError {
        BotKitError(.validation, detail: "quota option refused", userMessage: message)
    }

    private static func unwrap<T>(_ result: Result<T, InputProblem>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw refusal(problem.reply)
        }
    }
}
