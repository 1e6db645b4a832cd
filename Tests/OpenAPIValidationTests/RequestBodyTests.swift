import Testing
@testable import OpenAPIValidation

/// A body and the violations it must produce (pointer + keyword), or none.
struct BodyCase: CustomTestStringConvertible, Sendable {
    let name: String
    let method: String
    let path: String
    let body: String
    let expected: [Expected]
    var options: ValidationOptions = .default
    var testDescription: String { name }

    /// Expected violation: where and which keyword.
    struct Expected: Sendable, Hashable, CustomStringConvertible {
        let pointer: String
        let keyword: String
        var description: String { "\(pointer) \(keyword)" }
    }
}

func expect(_ pointer: String, _ keyword: String) -> BodyCase.Expected { .init(pointer: pointer, keyword: keyword) }

@Suite("Request bodies against the spec")
struct RequestBodyTests {
    static let messages = "/api/v10/channels/1100000000000000001/messages"
    static let callback = "/api/v10/interactions/1800000000000000020/aW50ZXJhY3Rpb24/callback"
    static let commands = "/api/v10/applications/1300000000000000001/guilds/1100000000000000001/commands"
    static let member = "/api/v10/guilds/1100000000000000001/members/1200000000000000012"

    static let button = #"{"type":1,"components":[{"type":2,"style":3,"label":"Join","custom_id":"run:join:42"}]}"#

    static let cases: [BodyCase] = [
        // create message
        BodyCase(name: "message: content, embed, button row, mentions", method: "POST", path: messages, body: #"""
        {"content":"Run started","embeds":[{"title":"Shatters","description":"Join below","color":3447003,
          "fields":[{"name":"Leader","value":"<@1>","inline":true}],"timestamp":"2026-11-30T01:02:03.456Z",
          "footer":{"text":"raidbot"}}],"components":[\#(button)],"allowed_mentions":{"parse":[]},
         "nonce":"n-1","enforce_nonce":true,"flags":4096}
        """#, expected: []),
        BodyCase(name: "message: content past the documented 2000", method: "POST", path: messages,
                 body: #"{"content":"\#(text(2001))"}"#, expected: [expect("/content", "maxLength")]),
        BodyCase(name: "message: content 2001 passes when only the spec's 4000 applies", method: "POST", path: messages,
                 body: #"{"content":"\#(text(2001))"}"#, expected: [], options: ValidationOptions(applyDocumentedLimits: false)),
        BodyCase(name: "message: content past the spec's 4000", method: "POST", path: messages,
                 body: #"{"content":"\#(text(4001))"}"#, expected: [expect("/content", "maxLength")],
                 options: ValidationOptions(applyDocumentedLimits: false)),
        BodyCase(name: "message: 11 embeds", method: "POST", path: messages,
                 body: #"{"embeds":[\#(Array(repeating: #"{"title":"t"}"#, count: 11).joined(separator: ","))]}"#,
                 expected: [expect("/embeds", "maxItems")]),
        BodyCase(name: "message: embed title 257", method: "POST", path: messages,
                 body: #"{"embeds":[{"title":"\#(text(257))"}]}"#, expected: [expect("/embeds/0/title", "maxLength")]),
        BodyCase(name: "message: tts must be a boolean", method: "POST", path: messages,
                 body: #"{"content":"x","tts":"yes"}"#, expected: [expect("/tts", "type")]),
        BodyCase(name: "message: sticker id must be a snowflake", method: "POST", path: messages,
                 body: #"{"sticker_ids":["12ab"]}"#, expected: [expect("/sticker_ids/0", "pattern"), expect("/sticker_ids/0", "format")]),
        BodyCase(name: "message: sticker id with a leading zero", method: "POST", path: messages,
                 body: #"{"sticker_ids":["0123"]}"#, expected: [expect("/sticker_ids/0", "pattern"), expect("/sticker_ids/0", "format")]),
        BodyCase(name: "message: bad embed timestamp", method: "POST", path: messages,
                 body: #"{"embeds":[{"timestamp":"yesterday"}]}"#, expected: [expect("/embeds/0/timestamp", "format")]),
        BodyCase(name: "message: button custom_id 101 inside a row", method: "POST", path: messages,
                 body: #"{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"x","custom_id":"\#(text(101))"}]}]}"#,
                 expected: [expect("/components/0", "oneOf"), expect("/components/0/components/0", "oneOf"),
                            expect("/components/0/components/0/custom_id", "maxLength")]),
        BodyCase(name: "message: empty action row", method: "POST", path: messages,
                 body: #"{"components":[{"type":1,"components":[]}]}"#,
                 expected: [expect("/components/0", "oneOf"), expect("/components/0/components", "minItems")]),
        // interaction callback
        BodyCase(name: "callback: ephemeral deferral", method: "POST", path: callback,
                 body: #"{"type":5,"data":{"flags":64}}"#, expected: []),
        BodyCase(name: "callback: deferred update", method: "POST", path: callback, body: #"{"type":6}"#, expected: []),
        BodyCase(name: "callback: reply with embed and row", method: "POST", path: callback,
                 body: #"{"type":4,"data":{"content":"ok","embeds":[{"title":"t"}],"components":[\#(button)],"allowed_mentions":{"parse":[]}}}"#,
                 expected: []),
        BodyCase(name: "callback: modal with a labelled text input", method: "POST", path: callback, body: #"""
        {"type":9,"data":{"custom_id":"verify:ign","title":"Verify","components":[
          {"type":18,"label":"In-game name","component":{"type":4,"custom_id":"ign","style":1,"max_length":10}}]}}
        """#, expected: []),
        BodyCase(name: "callback: autocomplete choices", method: "POST", path: callback,
                 body: #"{"type":8,"data":{"choices":[{"name":"Shatters","value":"shatters"}]}}"#, expected: []),
        BodyCase(name: "callback: unknown type", method: "POST", path: callback,
                 body: #"{"type":99}"#, expected: [expect("", "anyOf"), expect("/type", "enum"), expect("/type", "oneOf")]),
        BodyCase(name: "callback: reply content over 2000", method: "POST", path: callback,
                 body: #"{"type":4,"data":{"content":"\#(text(2001))"}}"#,
                 expected: [expect("", "anyOf"), expect("/data", "oneOf"), expect("/data/content", "maxLength")]),
        BodyCase(name: "callback: modal title 46", method: "POST", path: callback, body: #"""
        {"type":9,"data":{"custom_id":"m","title":"\#(text(46))","components":[
          {"type":18,"label":"x","component":{"type":4,"custom_id":"a","style":1}}]}}
        """#, expected: [expect("", "anyOf"), expect("/data/title", "maxLength")]),
        BodyCase(name: "callback: modal with 6 inputs breaks the documented 5", method: "POST", path: callback, body: #"""
        {"type":9,"data":{"custom_id":"m","title":"t","components":[\#((0..<6).map { #"{"type":18,"label":"x","component":{"type":4,"custom_id":"a\#($0)","style":1}}"# }.joined(separator: ","))]}}
        """#, expected: [expect("", "anyOf"), expect("/data/components", "maxItems")]),
        // bulk overwrite commands
        BodyCase(name: "commands: subcommands, choices, string permissions", method: "PUT", path: commands, body: #"""
        [{"name":"run","description":"Raid runs","type":1,"default_member_permissions":"268435456","contexts":[0],
          "options":[{"type":1,"name":"start","description":"Start a run","options":[
            {"type":3,"name":"dungeon","description":"Which","required":true,"autocomplete":true},
            {"type":4,"name":"size","description":"Cap","min_value":1,"max_value":100},
            {"type":3,"name":"kind","description":"Kind","choices":[{"name":"Normal","value":"normal"}]}]}]}]
        """#, expected: []),
        BodyCase(name: "commands: string permissions rejected when quirk (c) is off", method: "PUT", path: commands,
                 body: #"[{"name":"run","description":"d","default_member_permissions":"8"}]"#,
                 expected: [expect("/0/default_member_permissions", "type")],
                 options: ValidationOptions(acceptIntegerStrings: false)),
        BodyCase(name: "commands: name 33", method: "PUT", path: commands,
                 body: #"[{"name":"\#(text(33))","description":"d"}]"#, expected: [expect("/0/name", "maxLength")]),
        BodyCase(name: "commands: 131 commands", method: "PUT", path: commands,
                 body: "[" + (0..<131).map { #"{"name":"c\#($0)","description":"d"}"# }.joined(separator: ",") + "]",
                 expected: [expect("", "maxItems")]),
        BodyCase(name: "commands: option without description", method: "PUT", path: commands,
                 body: #"[{"name":"run","description":"d","options":[{"type":3,"name":"x"}]}]"#,
                 expected: [expect("/0/options/0", "oneOf"), expect("/0/options/0", "required")]),
        // modify member
        BodyCase(name: "member: nick, roles and timeout", method: "PATCH", path: member,
                 body: #"{"nick":"Raider","roles":["1400000000000000002"],"communication_disabled_until":"2026-12-01T00:00:00.000Z"}"#,
                 expected: []),
        BodyCase(name: "member: clearing a timeout with null", method: "PATCH", path: member,
                 body: #"{"communication_disabled_until":null}"#, expected: []),
        BodyCase(name: "member: nick 33", method: "PATCH", path: member,
                 body: #"{"nick":"\#(text(33))"}"#, expected: [expect("/nick", "maxLength")]),
        BodyCase(name: "member: duplicate roles", method: "PATCH", path: member,
                 body: #"{"roles":["1","1"]}"#, expected: [expect("/roles", "uniqueItems")]),
        BodyCase(name: "member: timeout must be a date-time", method: "PATCH", path: member,
                 body: #"{"communication_disabled_until":"tomorrow"}"#, expected: [expect("/communication_disabled_until", "format")]),
        BodyCase(name: "member: role ids must be snowflakes", method: "PATCH", path: member,
                 body: #"{"roles":[12]}"#, expected: [expect("/roles/0", "oneOf"), expect("/roles/0", "type")]),
    ]

    @Test("bodies produce exactly the expected violations", arguments: cases)
    func body(_ testCase: BodyCase) throws {
        let found = try violations(testCase.method, testCase.path, testCase.body, options: testCase.options)
        let located = Set(found.map { expect($0.pointer, $0.keyword) })
        #expect(located == Set(testCase.expected), "\(found.map(\.description))")
    }

    @Test("strict mode reports misspelled keys the spec would let through")
    func strict() throws {
        let body = #"{"content":"x","allowed_mention":{"parse":[]},"embeds":[{"titel":"t"}]}"#
        #expect(try violations("POST", Self.messages, body).isEmpty)
        let found = try violations("POST", Self.messages, body, options: .strict)
        #expect(Set(found.map(\.pointer)) == ["/allowed_mention", "/embeds/0/titel"])
        #expect(try violations("POST", Self.callback, #"{"type":5,"data":{"flags":64}}"#, options: .strict).isEmpty)
    }

    @Test("violations read 'pointer: keyword: message'")
    func rendering() throws {
        let found = try violations("PATCH", Self.member, #"{"nick":"\#(text(33))"}"#)
        #expect(found.map(\.description) == ["/nick: maxLength: length 33 > 32"])
    }
}
