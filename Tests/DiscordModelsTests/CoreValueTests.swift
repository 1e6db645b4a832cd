import Foundation
import Testing
@testable import DiscordModels

@Suite("Snowflakes, permissions, timestamps, JSON values")
struct CoreValueTests {
    @Test("snowflakes above 2^53 survive as strings; numbers are accepted too",
          arguments: [(#""18446744073709551615""#, UInt64.max), (#""9007199254740993""#, 9_007_199_254_740_993),
                      ("175928847299117063", 175_928_847_299_117_063), (#""0""#, 0)])
    func snowflakeDecoding(json: String, expected: UInt64) throws {
        let id = try decode(Snowflake.self, json)
        #expect(id.rawValue == expected)
        #expect(try wire(id) == .string(String(expected)))
    }

    @Test("malformed snowflakes are rejected", arguments: [#""abc""#, #""-1""#, #""18446744073709551616""#, "true"])
    func snowflakeRejects(json: String) {
        #expect(throws: (any Error).self) { try decode(Snowflake.self, json) }
    }

    @Test("snowflake timestamps, ordering and dictionary keys")
    func snowflakeBehaviour() throws {
        let id: Snowflake = 175_928_847_299_117_063
        #expect(id.unixMilliseconds == 1_462_015_105_796)
        #expect(Snowflake(1) < Snowflake(2))
        #expect(Snowflake("42") == 42)
        let map: [Snowflake: Int] = [9_007_199_254_740_993: 1]
        #expect(try wire(map) == .object(["9007199254740993": .number(1)]))
        #expect(try JSONDecoder().decode([Snowflake: Int].self, from: JSONEncoder().encode(map)) == map)
    }

    @Test("permissions are 64-bit decimal strings", arguments: [
        (#""1099511627776""#, Permissions.moderateMembers),
        (#""268435464""#, [Permissions.manageRoles, .administrator]),
        (#""0""#, []),
        ("2048", .sendMessages),
    ] as [(String, Permissions)])
    func permissions(json: String, expected: Permissions) throws {
        let value = try decode(Permissions.self, json)
        #expect(value == expected)
        #expect(try wire(value) == .string(String(expected.rawValue)))
    }

    @Test("timestamps parse Discord's forms and format as UTC milliseconds", arguments: [
        ("2026-11-30T01:02:03.456000+00:00", 1_796_000_523_456 as Int64, "2026-11-30T01:02:03.456Z"),
        ("2026-11-30T01:02:03Z", 1_796_000_523_000, "2026-11-30T01:02:03.000Z"),
        ("2026-11-30T03:02:03.4+02:00", 1_796_000_523_400, "2026-11-30T01:02:03.400Z"),
        ("1970-01-01T00:00:00+00:00", 0, "1970-01-01T00:00:00.000Z"),
        ("1969-12-31T23:59:59.999Z", -1, "1969-12-31T23:59:59.999Z"),
        ("2024-02-29T12:00:00.000Z", 1_709_208_000_000, "2024-02-29T12:00:00.000Z"),
    ])
    func timestamps(text: String, millis: Int64, formatted: String) throws {
        let timestamp = try #require(DiscordTimestamp(iso8601: text))
        #expect(timestamp.unixMilliseconds == millis)
        #expect(timestamp.iso8601 == formatted)
        #expect(DiscordTimestamp(iso8601: timestamp.iso8601) == timestamp)
    }

    @Test("malformed timestamps are rejected",
          arguments: ["", "2026-13-01T00:00:00Z", "2026-11-30", "2026-11-30T01:02:03", "2026-11-30T25:00:00Z", "x"])
    func timestampRejects(text: String) {
        #expect(DiscordTimestamp(iso8601: text) == nil)
    }

    @Test("JSON values round-trip and keep whole numbers whole")
    func jsonValue() throws {
        let text = #"{"a":[1,2.5,"x",true,null,{"b":{}}],"n":-3}"#
        let value = try decode(JSONValue.self, text)
        #expect(value["a"] == .array([.number(1), .number(2.5), .string("x"), .bool(true), .null, .object(["b": .object([:])])]))
        let encoded = try String(decoding: JSONEncoder().encode(JSONValue.number(3)), as: UTF8.self)
        #expect(encoded == "3")
        #expect(try decode(JSONValue.self, String(decoding: JSONEncoder().encode(value), as: UTF8.self)) == value)
    }

    @Test("tolerant enums keep unknown raw values and re-encode them")
    func tolerantEnums() throws {
        #expect(try decode(ChannelType.self, "16") == .guildMedia)
        #expect(try decode(ChannelType.self, "1234") == .unknown(1234))
        #expect(try wire(ChannelType.unknown(1234)) == .number(1234))
        #expect(try decode(InteractionType.self, "9") == .unknown(9))
        #expect(try decode(ButtonStyle.self, "6") == .premium)
        #expect(try decode(ComponentType.self, "17") == .unknown(17))
        #expect(try decode(ApplicationCommandOptionType.self, "11") == .attachment)
        #expect(try decode(InteractionCallbackType.self, "12") == .unknown(12))
        #expect(GatewayOpcode(rawValue: 11) == .heartbeatACK)
    }

    @Test("the raid bot's intents are 4099")
    func intents() {
        #expect(GatewayIntents.raidBot.rawValue == 37379)
        #expect(GatewayIntents.messageContent.rawValue == 32768)
    }
}
