import FeatureKit
import RunsFeature
import BotKit
import DiscordModels
import RaidDomain
import CivilTime

/// The unfinished `/headcount` pickers, per user. Memory only, on purpose: a picker lives two
/// minutes (the incumbent's collector timeout), so losing one on restart costs the organizer one
/// more `/headcount` and nothing that was posted; the headcount itself is persisted on Create.
actor HeadcountPickerSessions {
    /// How long a picker stays usable after `/headcount`.
    static let lifetime: Duration = .seconds(120)

    private struct Session {
        var lists: [Int: [DungeonCode]] = [:]
        let startedAt: Duration
    }

    private var sessions: [Snowflake: Session] = [:]
    private let clock: any BotClock

    /// Pickers timed by `clock`.
    init(clock: any BotClock) { self.clock = clock }

    /// Opens (or restarts) `user`'s picker with nothing chosen.
    func start(for user: Snowflake) {
        sweep()
        sessions[user] = Session(startedAt: clock.now())
    }

    /// Replaces the choices of select `list` (0, 1 or 2); returns every choice in select order, or
    /// nil when the user has no live picker.
    func choose(_ codes: [DungeonCode], list: Int, for user: Snowflake) -> [DungeonCode]? {
        sweep()
        guard var session = sessions[user] else { return nil }
        session.lists[list] = codes
        sessions[user] = session
        return Self.chosen(session)
    }

    /// Every choice of `user`'s live picker, nil when it expired or never existed.
    func chosen(for user: Snowflake) -> [DungeonCode]? {
        sweep()
        return sessions[user].map(Self.chosen)
    }

    /// Closes `user`'s picker (the headcount was created).
    func finish(for user: Snowflake) {
        sessions[user] = nil
    }

    private static func chosen(_ session: Session) -> [DungeonCode] {
        session.lists.keys.sorted().flatMap { session.lists[$0] ?? [] }
    }

    private func sweep() {
        let now = clock.now()
        sessions = sessions.filter { now - $0.value.startedAt < Self.lifetime }
    }
}
