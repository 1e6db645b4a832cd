import DiscordModels
import DiscordREST

/// Walks every member of the guild through Discord's paged member list (`GET /guilds/{id}/members`,
/// 1000 a page, ordered by id): no gateway member cache is needed, and the REST client's bucket
/// handling paces the walk within Discord's rate limits.
struct MemberWalk: Sendable {
    /// The most Discord returns per page.
    static let pageSize = 1000

    let rest: DiscordREST
    let guildID: Snowflake

    /// Hands each page to `body` in order; returns how many members were walked.
    @discardableResult
    func forEachPage(_ body: ([Member]) async throws -> Void) async throws -> Int {
        var after: Snowflake?
        var total = 0
        while true {
            let page = try await rest.listMembers(guildID: guildID, limit: Self.pageSize, after: after)
            if page.isEmpty { break }
            try await body(page)
            total += page.count
            guard page.count == Self.pageSize, let last = page.compactMap({ $0.user?.id }).max() else { break }
            after = last
        }
        return total
    }
}
