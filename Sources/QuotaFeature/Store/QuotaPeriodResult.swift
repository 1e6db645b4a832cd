#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DiscordModels
import RaidDomain

/// An ended period's final board, frozen when the period rolled over.
struct QuotaPeriodResult: Sendable {
    let roleID: RoleID
    let start: Timestamp
    let end: Timestamp
    let requiredPoints: Points
    let standings: [QuotaStanding]
    /// The message that shows it, once posted.
    let messageID: Snowflake?

    static func encode(_ standings: [QuotaStanding]) throws -> String {
        String(decoding: try JSONEncoder().encode(standings), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [QuotaStanding] {
        try JSONDecoder().decode([QuotaStanding].self, from: Data(text.utf8))
    }
}
