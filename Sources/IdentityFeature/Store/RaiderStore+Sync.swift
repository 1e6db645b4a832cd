import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// `/forcesync` (§1.4, §7.8): names read from nicknames are recorded a page at a time.
extension RaiderStore {
    /// One member's names as their nickname shows them.
    struct NicknameNames: Sendable {
        let userID: UInt64
        let main: IGN
        let alt: IGN?
        let nickname: String
    }

    /// What one sync pass did, added up across pages.
    struct SyncTally: Hashable, Sendable {
        /// Rows written (new or changed names).
        var synced = 0
        /// Unchanged, or a name another member already holds (in the database or earlier in the walk).
        var skipped = 0
        /// A write the database refused.
        var failed = 0

        /// Adds `other`.
        mutating func add(_ other: SyncTally) {
            synced += other.synced
            skipped += other.skipped
            failed += other.failed
        }
    }

    /// Records `entries` in one transaction: unchanged names and names held by someone else are
    /// skipped; each write is audited (`raider.bulk_sync`).
    func bulkSync(_ entries: [NicknameNames], actor: UInt64, now: Timestamp) async throws -> SyncTally {
        let guildID = guildID
        return try await database.write { connection in
            var tally = SyncTally()
            try FirstContact.ensureGuild(connection, Snowflake(guildID), now: now.unixMilliseconds)
            try FirstContact.ensureMember(connection, MemberID(actor), username: nil, now: now)
            for entry in entries {
                switch try Self.syncOne(entry, actor: actor, guildID: guildID, now: now, connection) {
                case .synced: tally.synced += 1
                case .skipped: tally.skipped += 1
                case .failed: tally.failed += 1
                }
            }
            return tally
        }
    }

    private enum SyncOutcome { case synced, skipped, failed }

    private static func syncOne(_ entry: NicknameNames, actor: UInt64, guildID: UInt64, now: Timestamp,
                                _ connection: Connection) throws -> SyncOutcome {
        let alt = entry.alt == entry.main ? nil : entry.alt
        let current = try record(entry.userID, guildID: guildID, connection)
        if let current, current.isVerified, current.main?.value == entry.main.value, current.alt?.value == alt?.value {
            return .skipped
        }
        for name in [entry.main] + (alt.map { [$0] } ?? []) {
            if try holder(of: name, except: entry.userID, guildID: guildID, connection) != nil { return .skipped }
        }
        do {
            try FirstContact.ensureMember(connection, MemberID(entry.userID), username: nil, now: now)
            try connection.execute(RaiderQueries.bulkSync, guildID, entry.userID, entry.main.value, alt?.value,
                                   entry.nickname, now.unixMilliseconds)
            let change = IdentityChange(target: entry.userID, actor: actor, actorRoles: [], name: entry.main,
                                        nickname: entry.nickname, now: now)
            try audit("raider.bulk_sync", change, guildID: guildID, meta: "{\"ign\":\(JSONText.quoted(entry.main.value)),"
                      + "\"alt\":\(JSONText.quoted(alt?.value ?? ""))}", connection)
            return .synced
        } catch let error as StorageError where error.isConstraintViolation {
            return .failed
        }
    }
}
