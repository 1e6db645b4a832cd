import Foundation
import Testing
@testable import DiscordModels

@Suite("Large payloads")
struct LargePayloadTests {
    /// A GUILD_CREATE for a big raid community: 250 roles, 500 channels, 5000 members.
    static func bigGuild() -> String {
        let roles = (0..<250).map { #"{"id":"\#(1_400_000_000_000_000_000 + $0)","name":"r\#($0)","color":0,"hoist":false,"position":\#($0),"permissions":"0","managed":false,"mentionable":false}"# }
        let channels = (0..<500).map { #"{"id":"\#(1_600_000_000_000_000_000 + $0)","type":0,"name":"c\#($0)","position":\#($0),"permission_overwrites":[]}"# }
        let members = (0..<5000).map { #"{"user":{"id":"\#(1_200_000_000_000_000_000 + $0)","username":"u\#($0)"},"roles":["1400000000000000001"],"joined_at":"2025-05-06T07:08:09.000000+00:00","deaf":false,"mute":false}"# }
        return #"{"t":"GUILD_CREATE","s":2,"op":0,"d":{"id":"1","name":"Big","owner_id":"2","roles":[\#(roles.joined(separator: ","))],"channels":[\#(channels.joined(separator: ","))],"members":[\#(members.joined(separator: ","))]}}"#
    }

    @Test("an 870 KB GUILD_CREATE decodes on a concurrency thread without trouble")
    func bigGuildCreate() async throws {
        let text = Self.bigGuild()
        #expect(text.utf8.count > 800_000)
        guard case .dispatch(2, .guildCreate(let guild)) = try GatewayMessage.decode(text) else {
            Issue.record("not GUILD_CREATE"); return
        }
        #expect(guild.roles.count == 250)
        #expect(guild.channels?.count == 500)
        #expect(guild.members?.count == 5000)
    }
}
