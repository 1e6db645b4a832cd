import DiscordModels
import Testing
@testable import BotKit

@Suite struct RoleHierarchyTests {
    // Discord role ids: 10 verified raider, 20 organizer, 30 security, 40 officer, 50 head organizer,
    // 60 moderator, 70 administrator; 99 an unmapped role.
    static let full = RoleMapping([.verifiedRaider: 10, .organizer: 20, .security: 30, .officer: 40,
                                   .headOrganizer: 50, .moderator: 60, .administrator: 70])
    static let noOrganizer = RoleMapping([.verifiedRaider: 10, .security: 30, .moderator: 60])

    static func member(_ roles: [Snowflake], admin: Bool = false) -> MemberStanding {
        MemberStanding(roleIDs: Set(roles), isDiscordAdministrator: admin)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let member: MemberStanding
        let required: GuildRole
        let mapping: RoleMapping
        let expected: AccessDecision
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "Discord admin without roles passes an unmapped gate", member: member([], admin: true),
             required: .administrator, mapping: RoleMapping(), expected: .granted(.discordAdministrator)),
        Case(name: "Discord admin passes a mapped gate", member: member([10], admin: true),
             required: .organizer, mapping: full, expected: .granted(.discordAdministrator)),
        Case(name: "exact role passes", member: member([20]), required: .organizer, mapping: full,
             expected: .granted(.holds(.organizer))),
        Case(name: "higher role passes", member: member([60]), required: .organizer, mapping: full,
             expected: .granted(.holds(.moderator))),
        Case(name: "highest of several roles is used", member: member([10, 30, 99]), required: .security,
             mapping: full, expected: .granted(.holds(.security))),
        Case(name: "higher mapped role passes when the required role is unmapped (defect 12)",
             member: member([60]), required: .organizer, mapping: noOrganizer, expected: .granted(.holds(.moderator))),
        Case(name: "officer/moderator passes organizer gates (defect 10)", member: member([40]),
             required: .organizer, mapping: full, expected: .granted(.holds(.officer))),
        Case(name: "lower role is refused", member: member([10]), required: .organizer, mapping: full,
             expected: .denied(.missingRank(.organizer))),
        Case(name: "officer is below head organizer", member: member([40]), required: .headOrganizer,
             mapping: full, expected: .denied(.missingRank(.headOrganizer))),
        Case(name: "no roles is refused", member: member([]), required: .verifiedRaider, mapping: full,
             expected: .denied(.missingRank(.verifiedRaider))),
        Case(name: "unmapped Discord role gives no rank", member: member([99]), required: .verifiedRaider,
             mapping: full, expected: .denied(.missingRank(.verifiedRaider))),
        Case(name: "required unmapped but a higher one mapped: missing rank", member: member([10]),
             required: .organizer, mapping: noOrganizer, expected: .denied(.missingRank(.organizer))),
        Case(name: "nothing at or above the rank mapped: not configured", member: member([60]),
             required: .administrator, mapping: noOrganizer, expected: .denied(.notConfigured(.administrator))),
        Case(name: "empty mapping: not configured", member: member([20]), required: .organizer,
             mapping: RoleMapping(), expected: .denied(.notConfigured(.organizer))),
    ]

    @Test(arguments: cases)
    func authorizeIsTheOneAuthority(_ testCase: Case) {
        #expect(RoleHierarchy.authorize(testCase.member, requires: testCase.required, mapping: testCase.mapping)
            == testCase.expected)
    }

    @Test(arguments: [
        (member([60]), member([20]), true),
        (member([20]), member([60]), false),
        (member([20]), member([20]), false),
        (member([20]), member([]), true),
        (member([]), member([]), false),
        (member([99]), member([]), false),
        (member([], admin: true), member([70]), true),
        (member([70]), member([], admin: true), false),
        (member([], admin: true), member([], admin: true), false),
    ])
    func outranksFollowsTheHierarchy(actor: MemberStanding, target: MemberStanding, expected: Bool) {
        #expect(RoleHierarchy.outranks(actor, target, mapping: Self.full) == expected)
    }

    @Test func botManagesOnlyBelowItsHighestRoleWithManageRoles() {
        #expect(RoleHierarchy.botCanManage(targetPosition: 4, botHighestPosition: 5, botHasManageRoles: true))
        #expect(!RoleHierarchy.botCanManage(targetPosition: 5, botHighestPosition: 5, botHasManageRoles: true))
        #expect(!RoleHierarchy.botCanManage(targetPosition: 1, botHighestPosition: 5, botHasManageRoles: false))
    }

    @Test func standingReadsAdministratorFromResolvedPermissions() {
        let member = Member(user: User(id: 1, username: "a"), roles: [20], permissions: [.administrator, .sendMessages])
        let standing = MemberStanding(member: member)
        #expect(standing.isDiscordAdministrator)
        #expect(standing.roleIDs == [20])
    }

    @Test func denialsRenderThemselves() {
        #expect(AccessDenial.missingRank(.security).failureCode == .notAuthorized)
        #expect(AccessDenial.missingRank(.security).userMessage.contains("Security role (or higher)"))
        #expect(AccessDenial.notConfigured(.organizer).failureCode == .roleNotConfigured)
        #expect(AccessDenial.notConfigured(.organizer).userMessage.contains("/setroles"))
    }
}
