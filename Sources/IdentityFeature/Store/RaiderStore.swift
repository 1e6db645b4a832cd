import BotKit
import DiscordModels
import FeatureKit
import RaidDomain
import Storage

/// The raider table's identity API: one method is one use case in one write transaction, with its
/// audit row and moderation points. Every conflict rule is checked again inside the transaction, so
/// a race between two staff members can never leave two members holding one IGN.
struct RaiderStore: Sendable {
    /// The database.
    let database: Database
    /// The one guild served.
    let guildID: UInt64

    /// The member's raider row, if any.
    func record(_ user: UInt64) async throws -> RaiderRecord? {
        let guildID = guildID
        return try await database.read { try Self.record(user, guildID: guildID, $0) }
    }

    /// Another member holding `name` as main or alt, if any.
    func holder(of name: IGN, except user: UInt64) async throws -> UInt64? {
        let guildID = guildID
        return try await database.read { try Self.holder(of: name, except: user, guildID: guildID, $0) }
    }

    /// `/verify`: the member becomes verified under `change.name`; `freeing` is a former holder of
    /// that IGN who left the server, whose names are released first. Returns the points credited.
    func verify(_ change: IdentityChange, freeing departed: UInt64?) async throws -> Points {
        let guildID = guildID
        return try await database.write { connection in
            if try Self.record(change.target, guildID: guildID, connection)?.isVerified == true {
                throw IdentityRefusal.alreadyVerified
            }
            do {
                try RaiderVerification.record(change.verification, freeing: departed.map { Snowflake($0) },
                                              guildID: Snowflake(guildID), connection)
            } catch RaiderVerification.Conflict.ignInUse(let holder) {
                throw IdentityRefusal.ignInUse(holder)
            }
            return try Self.award(.verify, change, guildID: guildID, connection)
        }
    }

    /// `/unverify`: frees the member's names and sets them pending, keeping any modmail blacklist
    /// (defect 27). Returns the row as it was, or refuses when they were not verified.
    func unverify(_ change: IdentityChange, reason: String) async throws -> RaiderRecord {
        let guildID = guildID
        return try await database.write { connection in
            guard let before = try Self.record(change.target, guildID: guildID, connection), before.isVerified else {
                throw IdentityRefusal.notVerified
            }
            try Self.ensureRows(change, guildID: guildID, connection)
            try connection.execute(RaiderVerification.unverifySQL, guildID, change.target)
            try Self.audit("raider.unverify", change, guildID: guildID, meta: "{\"ign\":\(JSONText.quoted(before.main?.value ?? "")),"
                           + "\"alt\":\(JSONText.quoted(before.alt?.value ?? "")),\"reason\":\(JSONText.quoted(reason))}", connection)
            return before
        }
    }

    /// `/editname`: replaces the main IGN (no other member's main or alt, nor the member's own alt).
    func editMain(_ change: IdentityChange) async throws -> Points {
        let guildID = guildID
        return try await database.write { connection in
            let before = try Self.verified(change.target, guildID: guildID, connection)
            if before.alt == change.name { throw IdentityRefusal.mainIsOwnAlt }
            if let holder = try Self.holder(of: change.name, except: change.target, guildID: guildID, connection) {
                throw IdentityRefusal.ignInUse(Snowflake(holder))
            }
            try Self.ensureRows(change, guildID: guildID, connection)
            try connection.execute(RaiderQueries.setMain, guildID, change.target, change.name.value, change.nickname)
            try Self.audit("raider.update_ign", change, guildID: guildID, meta: "{\"old_ign\":\(JSONText.quoted(before.main?.value ?? "")),"
                           + "\"new_ign\":\(JSONText.quoted(change.name.value))}", connection)
            return try Self.award(.editname, change, guildID: guildID, connection)
        }
    }

    /// `/addalt` (a name) and `/removealt` (nil): sets or clears the alt IGN.
    func setAlt(_ change: IdentityChange, alt: IGN?) async throws {
        let guildID = guildID
        try await database.write { connection in
            let before = try Self.verified(change.target, guildID: guildID, connection)
            if let alt {
                let others = try Self.holder(of: alt, except: change.target, guildID: guildID, connection)
                    .map { [RegisteredNames(member: MemberID($0), main: alt, alt: nil)] } ?? []
                if let conflict = IGNConflict.altConflict(alt, ownMain: before.main, for: MemberID(change.target), among: others) {
                    throw IdentityRefusal.alt(conflict)
                }
            } else if before.alt == nil {
                throw IdentityRefusal.noAlt
            }
            try Self.ensureRows(change, guildID: guildID, connection)
            try connection.execute(RaiderQueries.setAlt, guildID, change.target, alt?.value, change.nickname)
            let action = alt == nil ? "raider.remove_alt" : "raider.add_alt"
            try Self.audit(action, change, guildID: guildID, meta: "{\"alt\":\(JSONText.quoted(alt?.value ?? before.alt?.value ?? ""))}", connection)
        }
    }
}
