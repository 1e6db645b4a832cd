import Testing
import DiscordModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import DiscordREST

/// PATCH bodies send only what changes, and null where Discord must clear a value.
@Suite struct RequestBodiesTests {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: [
        (MemberModification(), "{}"),
        (MemberModification(nick: .remove), #"{"nick":null}"#),
        (MemberModification(nick: .set("Rin | RL"), roles: .set([1, 2])), #"{"nick":"Rin | RL","roles":["1","2"]}"#),
        (MemberModification(timeoutUntil: .remove), #"{"communication_disabled_until":null}"#),
    ])
    func memberModificationEncodesOnlyChangedFields(modification: MemberModification, expected: String) throws {
        #expect(try Self.json(modification) == expected)
    }

    @Test func threadAndChannelParametersUseDiscordNames() throws {
        #expect(try Self.json(ThreadParameters(name: "Run 12", autoArchiveDuration: 60))
                == #"{"auto_archive_duration":60,"name":"Run 12"}"#)
        #expect(try Self.json(ChannelParameters(name: "raid-1", parentID: 9)) == #"{"name":"raid-1","parent_id":"9"}"#)
    }

    @Test func configurationDescriptionNeverShowsTheToken() {
        let configuration = RESTConfiguration(token: "very.secret.token")
        #expect(!configuration.description.contains("very.secret.token"))
        #expect(configuration.apiBase == "https://discord.com/api/v10")
    }
}
