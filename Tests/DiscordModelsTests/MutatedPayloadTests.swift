import Foundation
import Testing
@testable import DiscordModels

/// Every field of every fixture, replaced by a value of the wrong type: the frame must still decode
/// (to its event or to `.undecodable`), never throw, so one odd field cannot stall the gateway.
@Suite("Mutated payloads")
struct MutatedPayloadTests {
    static let frames = [
        GatewayFixtures.ready, GatewayFixtures.guildCreate, GatewayFixtures.messageCreateDM,
        GatewayFixtures.messageCreateGuild, GatewayFixtures.guildMemberUpdate,
        #"{"t":"INTERACTION_CREATE","s":9,"op":0,"d":"# + InteractionFixtures.slashCommand + "}",
        #"{"t":"INTERACTION_CREATE","s":9,"op":0,"d":"# + InteractionFixtures.modalSubmit + "}",
    ]

    /// Every path inside `d`, as keys and indexes.
    static func paths(in value: JSONValue, prefix: [String] = []) -> [[String]] {
        switch value {
        case .object(let members):
            return members.keys.sorted().flatMap { [prefix + [$0]] + paths(in: members[$0]!, prefix: prefix + [$0]) }
        case .array(let items):
            return items.indices.flatMap { [prefix + [String($0)]] + paths(in: items[$0], prefix: prefix + [String($0)]) }
        default:
            return []
        }
    }

    /// `value` with the node at `path` replaced by `replacement`.
    static func replacing(_ path: ArraySlice<String>, in value: JSONValue, with replacement: JSONValue) -> JSONValue {
        guard let head = path.first else { return replacement }
        switch value {
        case .object(var members):
            members[head] = replacing(path.dropFirst(), in: members[head] ?? .null, with: replacement)
            return .object(members)
        case .array(var items):
            let index = Int(head)!
            items[index] = replacing(path.dropFirst(), in: items[index], with: replacement)
            return .array(items)
        default:
            return value
        }
    }

    /// A value of a different JSON type than `value`.
    static func wrongType(for value: JSONValue) -> JSONValue {
        switch value {
        case .string: .object(["unexpected": .bool(true)])
        case .number, .bool: .string("unexpected")
        case .null: .array([.number(1)])
        case .array, .object: .number(-1)
        }
    }

    static func node(at path: [String], in value: JSONValue) -> JSONValue {
        path.reduce(value) { current, key in
            switch current {
            case .object(let members): members[key] ?? .null
            case .array(let items): items[Int(key)!]
            default: .null
            }
        }
    }

    /// The only fields whose corruption may make an event undecodable: identities and the session.
    static let essential: [String: Set<String>] = [
        "READY": ["user", "user.id", "session_id", "resume_gateway_url"],
        "GUILD_CREATE": ["id", "owner_id"],
        "MESSAGE_CREATE": ["id", "channel_id"],
        "INTERACTION_CREATE": ["id", "application_id", "type", "token"],
        "GUILD_MEMBER_UPDATE": [],
    ]

    @Test("a wrong-typed field yields a decoded frame, and only identity fields can make the event undecodable")
    func wrongTypes() throws {
        var mutations = 0
        for text in Self.frames {
            let original = try decode(JSONValue.self, text)
            let payload = try #require(original["d"])
            for path in Self.paths(in: payload) {
                let mutated = Self.replacing(path[...], in: payload, with: Self.wrongType(for: Self.node(at: path, in: payload)))
                var frameObject = try #require(original.objectValue)
                frameObject["d"] = mutated
                let message = try GatewayMessage.decode(JSONEncoder().encode(JSONValue.object(frameObject)))
                guard case .dispatch(let sequence, let event) = message else {
                    Issue.record("\(path) turned the frame into \(message)"); continue
                }
                #expect(sequence == Int(original["s"]?.numberValue ?? -1))
                mutations += 1
                if case .undecodable(let name, _) = event {
                    let field = path.filter { Int($0) == nil }.joined(separator: ".")
                    #expect(Self.essential[name]?.contains(field) == true, "\(name) lost to a malformed \(field)")
                }
            }
        }
        #expect(mutations > 300)
    }
}
