import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// `/leaderboard category dungeon [sort] [since] [until]` (§1.6, §5.9) and its six buttons: 25
/// entries a page from the maintained totals. Every category honours the dates (the incumbent
/// ignored them for keys popped). Only the invoker may page; the state lives in the custom_ids.
enum LeaderboardCommand {
    static let declaration = CommandDeclaration(
        name: "leaderboard", description: "Show the guild's leaderboard for runs, keys, completions or points",
        options: [
            ApplicationCommandOption(type: .string, name: "category", description: "What to rank", required: true,
                                     choices: LeaderboardCategory.allCases.map {
                                         ApplicationCommandOptionChoice(name: $0.title, value: .string($0.rawValue))
                                     }),
            ApplicationCommandOption(type: .string, name: "dungeon", description: "A dungeon, or All Dungeons",
                                     required: true, autocomplete: true),
            ApplicationCommandOption(type: .string, name: "sort", description: "Order (default: highest first)",
                                     choices: [("Highest first", "desc"), ("Lowest first", "asc"), ("By name", "alpha")].map {
                                         ApplicationCommandOptionChoice(name: $0.0, value: .string($0.1))
                                     }),
            ApplicationCommandOption(type: .string, name: "since", description: "From YYYY-MM-DD [HH:MM] UTC", maxLength: 16),
            ApplicationCommandOption(type: .string, name: "until", description: "Up to YYYY-MM-DD [HH:MM] UTC, inclusive",
                                     maxLength: 16),
        ],
        gate: .rank(.verifiedRaider), deferStyle: .publicReply, rateLimit: .commandHeavy,
        usage: "/leaderboard category:<kind> dungeon:<name|All Dungeons> [sort] [since:YYYY-MM-DD] [until:YYYY-MM-DD]",
        examples: ["/leaderboard category:Points dungeon:All Dungeons since:2026-11-01"])

    /// "All Dungeons" first, then the dungeons matching what is typed.
    static func suggest(_ typed: CommandInteractionOption) -> [ApplicationCommandOptionChoice] {
        [ApplicationCommandOptionChoice(name: "All Dungeons", value: .string(LeaderboardState.allDungeons))]
            + DungeonChoices.choices(for: typed).prefix(24)
    }

    static func handle(_ context: InteractionContext, _ services: QuotaServices) async throws {
        let data = context.commandData
        guard let category = data?.value(of: "category")?.stringValue.flatMap(LeaderboardCategory.init(rawValue:)) else {
            throw QuotaOptions.refusal("❌ Choose a category from the list.")
        }
        let typed = (data?.value(of: "dungeon")?.stringValue ?? "").trimmingSpaces()
        let dungeon = typed.lowercased() == LeaderboardState.allDungeons || typed.lowercased() == "all dungeons"
            ? nil : try QuotaOptions(context: context).dungeon().code.rawValue
        let sort = LeaderboardSort(rawValue: data?.value(of: "sort")?.stringValue ?? "desc") ?? .desc
        let window = try LeaderboardDates.window(since: data?.value(of: "since")?.stringValue,
                                                 until: data?.value(of: "until")?.stringValue)
        let state = LeaderboardState(category: category, dungeon: dungeon, sort: sort, window: window,
                                     invoker: context.userID)
        try await context.reply(try await draw(state, services))
    }

    /// Routes the six buttons: each redraws the message it sits on; Stop removes them.
    static func register(into routes: inout InteractionRoutes, services: QuotaServices) {
        for schema in LeaderboardComponentIDs.all {
            routes.component(ComponentRoute(schema, gate: declaration.gate,
                                            rateLimit: RateLimit("lb:page", .buttonDefault),
                                            action: .deferred(.update) { try await press(schema, $0, services) }))
        }
    }

    static func press(_ schema: CustomIDSchema, _ context: InteractionContext, _ services: QuotaServices) async throws {
        guard let id = context.customID else { throw BotKitError(.malformedComponent, detail: "leaderboard without id") }
        let state = try LeaderboardState(id)
        guard state.invoker == context.userID else {
            throw BotKitError(.notAuthorized, detail: "leaderboard paged by another member",
                              userMessage: "❌ Only the member who ran this `/leaderboard` can use its buttons.")
        }
        var reply = try await draw(LeaderboardComponentIDs.destination(schema, from: state), services)
        if schema == LeaderboardComponentIDs.stop { reply.components = [] }
        try await context.reply(reply)
    }

    /// The message for `state`, its page clamped to the entries there are.
    static func draw(_ state: LeaderboardState, _ services: QuotaServices) async throws -> Reply {
        var state = state
        let size = LeaderboardState.pageSize
        var board = try await read(state, services)
        if board.entries.isEmpty, state.page > 0 { // past the end (Last, or fewer entries than before)
            var first = state
            first.page = 0
            state.page = max(0, try await read(first, services).totalEntries - 1) / size
            board = try await read(state, services)
        }
        return LeaderboardView.reply(state, board: board, pages: max(1, (board.totalEntries + size - 1) / size))
    }

    private static func read(_ state: LeaderboardState, _ services: QuotaServices) async throws -> LeaderboardPage {
        try await services.boards.page(
            LeaderboardCache.Key(state.category, dungeon: state.dungeon, window: state.window, sort: state.sort),
            limit: LeaderboardState.pageSize, offset: state.page * LeaderboardState.pageSize)
    }
}

/// The optional `since` and `until` of `/leaderboard`: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, UTC;
/// `until` includes its day (or minute). They must parse and `since` must come first.
enum LeaderboardDates {
    static func window(since: String?, until: String?) throws -> QuotaWindow {
        let start = try since.map { try parse($0, field: "since").start }
        let end = try until.map { try parse($0, field: "until").end }
        if let start, let end, start >= end {
            throw QuotaOptions.refusal("❌ `since` must come before `until`.")
        }
        return QuotaWindow(since: start, until: end)
    }

    /// The moment typed and the end of the day or minute it names, in Unix ms.
    static func parse(_ text: String, field: String) throws -> (start: Int64, end: Int64) {
        let trimmed = text.trimmingSpaces()
        if let moment = UTCDateTime.parse(trimmed) {
            return (moment.unixMilliseconds, moment.unixMilliseconds + 60_000)
        }
        if let day = UTCDateTime.parse(trimmed + " 00:00") {
            return (day.unixMilliseconds, day.unixMilliseconds + QuotaWindow.dayMilliseconds)
        }
        throw QuotaOptions.refusal("❌ `\(field)` is not a date: write it as YYYY-MM-DD or YYYY-MM-DD HH:MM (UTC).")
    }
}
