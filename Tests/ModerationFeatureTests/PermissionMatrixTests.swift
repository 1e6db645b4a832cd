import BotKit
import DiscordModels
import Foundation
import Testing
@testable import ModerationFeature

/// Every cell of the permission matrix, through the one authority (`RoleHierarchy`) as the router
/// and the handlers use it, against the documented outcome; and the committed document against the
/// generated one.
@Suite("Permission matrix")
struct PermissionMatrixTests {
    /// A guild with every rank mapped (positions 2…8 in rank order), an unranked "Raider" role at 1,
    /// a Discord-Administrator role at 9, the bot's role at 10, an unmapped role above the bot at 12.
    enum Guild {
        static let mapping = RoleMapping(Dictionary(uniqueKeysWithValues: GuildRole.ranks.enumerated().map {
            ($1, Snowflake(UInt64(11 + $0)))
        }))
        static let raiderRole: Snowflake = 20, adminRole: Snowflake = 18, botRole: Snowflake = 30, aboveBotRole: Snowflake = 31
        static let positions: [Snowflake: Int] = Dictionary(uniqueKeysWithValues:
            (0..<7).map { (Snowflake(UInt64(11 + $0)), $0 + 2) } + [(raiderRole, 1), (adminRole, 9), (botRole, 10), (aboveBotRole, 12)])
        static let actorID: Snowflake = 100, targetID: Snowflake = 200, botID: Snowflake = 999, otherBotID: Snowflake = 300
        static let bot = BotView(userID: botID, highestPosition: 10, permissions: [.manageRoles, .kickMembers, .banMembers])

        /// The roles of a member at `level` (0: unranked, `raider` picks the unmapped member role).
        static func roles(level: Int, raider: Bool) -> [Snowflake] {
            switch level {
            case 0: raider ? [raiderRole] : []
            case 8: [adminRole]
            default: [Snowflake(UInt64(10 + level))]
            }
        }

        static func view(_ id: Snowflake, roles: [Snowflake], isBot: Bool = false) -> MemberView {
            MemberView(userID: id, standing: MemberStanding(roleIDs: Set(roles), isDiscordAdministrator: roles.contains(adminRole)),
                       isBot: isBot, highestPosition: roles.compactMap { positions[$0] }.max() ?? 0, isOwner: false)
        }

        static func actor(_ actor: PermissionMatrix.Actor) -> MemberView {
            view(actorID, roles: roles(level: actor.level, raider: actor == .raider))
        }

        static func target(_ kind: PermissionMatrix.TargetKind, of actor: PermissionMatrix.Actor) -> MemberView? {
            guard let level = kind.level(for: actor) else { return nil }
            switch kind {
            case .itself: return self.actor(actor)
            case .thisBot: return view(botID, roles: [botRole], isBot: true)
            case .otherBot: return view(otherBotID, roles: [], isBot: true)
            case .aboveBot: return view(targetID, roles: [raiderRole, aboveBotRole])
            default: return view(targetID, roles: roles(level: level, raider: true))
            }
        }
    }

    /// What the code decides: the router's gate, then the handler's target check.
    static func actual(_ command: String, _ actor: PermissionMatrix.Actor, _ kind: PermissionMatrix.TargetKind)
        -> PermissionMatrix.Outcome {
        guard let target = Guild.target(kind, of: actor) else { return .notApplicable }
        let invoker = Guild.actor(actor)
        guard RoleHierarchy.authorize(invoker.standing, requires: ModerationPolicy.rule(command).gate,
                                      mapping: Guild.mapping).isGranted else { return .gate }
        return ModerationPolicy.check(command, actor: invoker, target: target, bot: Guild.bot, mapping: Guild.mapping)
            .map { .refused($0.rawValue) } ?? .allowed
    }

    @Test("every cell of every command matches the documented outcome", arguments: PermissionMatrix.commands)
    func everyCell(command: String) {
        for actor in PermissionMatrix.Actor.allCases {
            for kind in PermissionMatrix.TargetKind.allCases {
                #expect(Self.actual(command, actor, kind) == PermissionMatrix.documented(command, actor: actor, target: kind),
                        "/\(command) by \(actor.rawValue) on \(kind.rawValue)")
            }
        }
    }

    @Test("the documented matrix says what the reference says for a few landmark cells")
    func landmarks() {
        #expect(PermissionMatrix.documented("suspend", actor: .organizer, target: .lower) == .gate)
        #expect(PermissionMatrix.documented("suspend", actor: .security, target: .lower) == .allowed)
        #expect(PermissionMatrix.documented("suspend", actor: .security, target: .equal) == .refused("rank"))
        #expect(PermissionMatrix.documented("warn", actor: .security, target: .higher) == .allowed)
        #expect(PermissionMatrix.documented("warn", actor: .security, target: .itself) == .refused("self"))
        #expect(PermissionMatrix.documented("kick", actor: .security, target: .lower) == .gate)
        #expect(PermissionMatrix.documented("kick", actor: .discordAdministrator, target: .administrator) == .refused("rank"))
        #expect(PermissionMatrix.documented("ban", actor: .officer, target: .aboveBot) == .refused("position"))
        #expect(PermissionMatrix.documented("addnote", actor: .moderator, target: .otherBot) == .refused("bot"))
        #expect(PermissionMatrix.documented("unban", actor: .discordAdministrator, target: .thisBot) == .allowed)
    }

    @Test("the command declarations take their gates from the policy table")
    func declarationsUseThePolicy() {
        for declaration in ModerationFeature.declarations {
            #expect(declaration.gate == ModerationPolicy.gate(declaration.name), "/\(declaration.name)")
        }
    }

    @Test("docs/permission-matrix.md is the generated matrix (regenerate: raidbot permission-matrix)")
    func committedDocumentIsGenerated() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/permission-matrix.md"), encoding: .utf8)
        #expect(committed == PermissionMatrix.markdown())
    }
}
