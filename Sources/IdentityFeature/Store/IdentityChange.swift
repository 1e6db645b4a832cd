import DiscordModels
import FeatureKit
import RaidDomain

/// One identity change: who, by whom, the name and the nickname that goes with it.
struct IdentityChange: Sendable {
    /// The member changed.
    let target: UInt64
    /// The staff member acting.
    let actor: UInt64
    /// The actor's Discord roles, which price moderation points.
    let actorRoles: Set<RoleID>
    /// The IGN being set (for `/unverify` and `/removealt`: the member's main, unused).
    let name: IGN
    /// The nickname recorded with the row.
    let nickname: String?
    /// The injected clock's time.
    let now: Timestamp

    /// The change as the verification row writes it (`/verify`).
    var verification: RaiderVerification.Record {
        RaiderVerification.Record(member: Snowflake(target), ign: name, nickname: nickname, actor: Snowflake(actor), now: now,
                                  auditMetadata: "{\"ign\":\(JSONText.quoted(name.value))}")
    }
}
