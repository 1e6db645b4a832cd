import Foundation
import Testing
@testable import DiscordModels

@Suite("Gateway commands")
struct GatewayCommandTests {
    @Test("heartbeat frames carry the sequence or null")
    func heartbeat() throws {
        let first = try JSONDecoder().decode(JSONValue.self, from: GatewayCommand.frame(Heartbeat(sequence: nil)))
        #expect(first == .object(["op": .number(1), "d": .null]))
        let later = try JSONDecoder().decode(JSONValue.self, from: GatewayCommand.frame(Heartbeat(sequence: 251)))
        #expect(later == .object(["op": .number(1), "d": .number(251)]))
    }

    @Test("identify encodes op 2 with snake_case keys and the intents number")
    func identify() throws {
        let identify = Identify(token: "secret-token", intents: .raidBot, largeThreshold: 50, shard: [0, 1])
        let json = try JSONDecoder().decode(JSONValue.self, from: GatewayCommand.frame(identify))
        #expect(json["op"] == .number(2))
        #expect(json["d"]?["intents"] == .number(37379))
        #expect(json["d"]?["large_threshold"] == .number(50))
        #expect(json["d"]?["properties"]?["os"] == .string("linux"))
        #expect(!identify.description.contains("secret-token"))
    }

    @Test("presence always sends since, null when unset")
    func presence() throws {
        let json = try wire(UpdatePresence(status: "online", activities: [Activity(name: "raids", type: 3)]))
        #expect(json["since"] == .null)
        #expect(json["afk"] == .bool(false))
    }

    @Test("the sandbox decodes what the client encodes")
    func roundTrip() throws {
        let commands: [GatewayCommand] = [
            .heartbeat(Heartbeat(sequence: nil)),
            .heartbeat(Heartbeat(sequence: 7)),
            .identify(Identify(token: "t", intents: [.guilds])),
            .resume(Resume(token: "t", sessionID: "abc", seq: 9)),
            .requestGuildMembers(RequestGuildMembers(guildID: 1, query: "", limit: 0)),
            .updatePresence(UpdatePresence(status: "idle")),
        ]
        for command in commands {
            #expect(try GatewayCommand.decode(command.encoded()) == command)
        }
        let unknown = try GatewayCommand.decode(Data(#"{"op":31,"d":{"guild_ids":["1"]}}"#.utf8))
        #expect(unknown == .unknown(.unknown(31), .object(["guild_ids": .array([.string("1")])])))
    }

    @Test("identify and resume hide the token in logs, also inside a command")
    func redaction() {
        let commands: [GatewayCommand] = [
            .identify(Identify(token: "secret-token", intents: .raidBot)),
            .resume(Resume(token: "secret-token", sessionID: "s", seq: 1)),
        ]
        for command in commands {
            #expect(!String(describing: command).contains("secret-token"))
            #expect(!String(reflecting: command).contains("secret-token"))
        }
    }

    @Test("GET /gateway/bot decodes")
    func gatewayBot() throws {
        let info = try decode(GatewayBotInfo.self, #"""
        {"url":"wss://gateway.discord.gg","shards":1,"session_start_limit":
         {"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}
        """#)
        #expect(info.sessionStartLimit.remaining == 999)
        #expect(info.sessionStartLimit.resetAfter == 14_400_000)
    }

    @Test("close codes map to resume, identify or stop", arguments: [
        (1000, GatewayCloseRecovery.identify), (1001, .resume), (1006, .resume), (4000, .resume), (4001, .resume),
        (4002, .resume), (4003, .identify), (4004, .stop), (4005, .identify), (4007, .identify), (4008, .resume),
        (4009, .identify), (4010, .stop), (4011, .stop), (4012, .stop), (4013, .stop), (4014, .stop), (4999, .resume),
    ])
    func closeCodes(code: Int, recovery: GatewayCloseRecovery) {
        let close = GatewayCloseCode(rawValue: code)
        #expect(close.recovery == recovery)
        #expect(close.isFatal == (recovery == .stop))
        #expect(close.description.hasPrefix(String(code)))
    }
}
