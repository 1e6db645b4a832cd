import Foundation
import Testing
@testable import DiscordModels

@Suite("Gateway frames")
struct GatewayMessageTests {
    @Test("control frames decode to their cases")
    func controlFrames() throws {
        guard case .hello(let hello) = try frame(GatewayFixtures.hello) else { Issue.record("not hello"); return }
        #expect(hello.heartbeatInterval == 41250)
        guard case .heartbeatACK = try frame(GatewayFixtures.heartbeatACK) else { Issue.record("not ack"); return }
        guard case .heartbeatRequest = try frame(GatewayFixtures.heartbeatRequest) else { Issue.record("not op 1"); return }
        guard case .reconnect = try frame(GatewayFixtures.reconnect) else { Issue.record("not op 7"); return }
        guard case .invalidSession(let yes) = try frame(GatewayFixtures.invalidSessionResumable),
              case .invalidSession(let no) = try frame(GatewayFixtures.invalidSessionFresh) else {
            Issue.record("not op 9"); return
        }
        #expect(yes == true)
        #expect(no == false)
    }

    @Test("an unknown opcode is kept, not thrown")
    func unknownOpcode() throws {
        guard case .unknown(let op) = try frame(GatewayFixtures.unknownOpcode) else { Issue.record("not unknown"); return }
        #expect(op == .unknown(42))
        #expect(op.rawValue == 42)
    }

    @Test("an unknown event name becomes .unknown with its sequence")
    func unknownEvent() throws {
        guard case .dispatch(let sequence, .unknown(let name)) = try frame(GatewayFixtures.unknownEvent) else {
            Issue.record("not unknown dispatch"); return
        }
        #expect(sequence == 5)
        #expect(name == "SOUNDBOARD_SOUNDS")
    }

    @Test("a known event with a broken payload becomes .undecodable while the frame decodes")
    func brokenPayload() throws {
        guard case .dispatch(let sequence, .undecodable(let name, let error)) = try frame(GatewayFixtures.brokenInteraction) else {
            Issue.record("not undecodable"); return
        }
        #expect(sequence == 6)
        #expect(name == "INTERACTION_CREATE")
        #expect(error.code == .undecodablePayload)
    }

    @Test("READY keeps session id, resume URL, application and 64-bit ids")
    func ready() throws {
        guard case .dispatch(1, .ready(let ready)) = try frame(GatewayFixtures.ready) else { Issue.record("not READY"); return }
        #expect(ready.sessionID == "9a8b7c6d5e4f")
        #expect(ready.resumeGatewayURL == "wss://gateway-us-east1-b.discord.gg")
        #expect(ready.user.id == Snowflake(1_300_000_000_000_000_001))
        #expect(ready.application?.id == 1_300_000_000_000_000_001)
        #expect(ready.guilds == [UnavailableGuild(id: 1_100_000_000_000_000_001, unavailable: true)])
        #expect(ready.shard == [0, 1])
    }

    @Test("RESUMED ignores its payload")
    func resumed() throws {
        guard case .dispatch(44, .resumed) = try frame(GatewayFixtures.resumed) else { Issue.record("not RESUMED"); return }
    }

    @Test("GUILD_CREATE decodes roles, permissions, channels, threads and unknown channel kinds")
    func guildCreate() throws {
        guard case .dispatch(2, .guildCreate(let guild)) = try frame(GatewayFixtures.guildCreate) else {
            Issue.record("not GUILD_CREATE"); return
        }
        #expect(guild.ownerID == 1_200_000_000_000_000_009)
        #expect(guild.roles.count == 2)
        #expect(guild.roles[1].permissions == .moderateMembers)
        #expect(guild.roles[0].permissions.contains(.sendMessages))
        #expect(guild.channels?.map(\.type) == [.guildText, .guildCategory, .unknown(99)])
        #expect(guild.channels?[0].permissionOverwrites?.first?.deny == .sendMessages)
        #expect(guild.threads?.first?.type.isThread == true)
        #expect(guild.threads?.first?.threadMetadata?.autoArchiveDuration == 1440)
        #expect(guild.members?.first?.user?.bot == true)
        #expect(guild.joinedAt?.iso8601 == "2026-01-02T03:04:05.678Z")
    }

    @Test("a DM MESSAGE_CREATE has no guild and keeps its content")
    func directMessage() throws {
        guard case .dispatch(3, .messageCreate(let message)) = try frame(GatewayFixtures.messageCreateDM) else {
            Issue.record("not MESSAGE_CREATE"); return
        }
        #expect(message.guildID == nil)
        #expect(message.content == "I was suspended by mistake")
        #expect(message.author?.displayName == "Raider")
    }

    @Test("a guild MESSAGE_CREATE has a member without user and keeps unknown V2 components")
    func guildMessage() throws {
        guard case .dispatch(4, .messageCreate(let message)) = try frame(GatewayFixtures.messageCreateGuild) else {
            Issue.record("not MESSAGE_CREATE"); return
        }
        #expect(message.member?.user == nil)
        #expect(message.member?.roles == [1_400_000_000_000_000_002])
        #expect(message.components.first?.children.first?.customID == "run:join:42")
        guard case .unknown(let type, let raw) = message.components[1] else { Issue.record("not unknown"); return }
        #expect(type == 17)
        #expect(try wire(message.components[1]) == raw)
    }

    @Test("GUILD_MEMBER_UPDATE carries guild id, roles and timeout")
    func memberUpdate() throws {
        guard case .dispatch(5, .guildMemberUpdate(let member)) = try frame(GatewayFixtures.guildMemberUpdate) else {
            Issue.record("not GUILD_MEMBER_UPDATE"); return
        }
        #expect(member.guildID == 1_100_000_000_000_000_001)
        let until = try #require(member.communicationDisabledUntil)
        #expect(member.isTimedOut(atUnixMilliseconds: until.unixMilliseconds - 1))
        #expect(!member.isTimedOut(atUnixMilliseconds: until.unixMilliseconds))
    }

    @Test("server frames survive an encode/decode round trip (sandbox side)")
    func serverRoundTrip() throws {
        let original = try frame(GatewayFixtures.guildMemberUpdate)
        let again = try GatewayMessage.decode(original.encoded())
        guard case .dispatch(5, .guildMemberUpdate(let a)) = original, case .dispatch(5, .guildMemberUpdate(let b)) = again else {
            Issue.record("round trip lost the event"); return
        }
        #expect(a == b)
        #expect(original == again)
        let hello = try wire(GatewayMessage.hello(Hello(heartbeatInterval: 100)))
        #expect(hello == .object(["op": .number(10), "d": .object(["heartbeat_interval": .number(100)]), "s": .null, "t": .null]))
        let ack = try wire(GatewayMessage.heartbeatACK)
        #expect(ack["op"] == .number(11))
    }
}
