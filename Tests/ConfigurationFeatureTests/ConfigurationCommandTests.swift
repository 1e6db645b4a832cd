import BotKit
import DiscordModels
import Storage
import Testing
import TestSupport
@testable import ConfigurationFeature
import FeatureKit

@Suite struct ConfigurationCommandTests {
    typealias H = FeatureHarness

    @Test func anAdministratorMapsRolesAndSeesTheWholeMapping() async throws {
        let harness = try H.configuration()
        let admin = H.member(42, admin: true)
        await harness.router.handle(H.command("setroles", [H.role("organizer", 20), H.role("verified_raider", 10)], by: admin))
        let calls = await harness.responder.calls
        #expect(calls.first == .callback(.deferredMessage(ephemeral: false)))
        let embed = try #require(await harness.responder.lastEdit?.embeds?.first)
        #expect(embed.title == "✅ Role configuration updated")
        #expect(embed.fields?.count == 10)
        #expect(embed.fields?.first { $0.name == "Organizer" }?.value == "<@&20>")
        #expect(embed.fields?.first { $0.name == "Verified Raider" }?.value == "<@&10>")
        #expect(embed.fields?.first { $0.name == "Moderator" }?.value == "—")
        #expect(try await harness.features.roleMapping.roleMapping(guildID: H.guildID)
                == RoleMapping([.organizer: 20, .verifiedRaider: 10]))
        #expect(try await harness.store.count("SELECT count(*) FROM audit WHERE action = 'guild.roles.set' AND actor_id = 42") == 1)
        #expect(try await harness.store.count(
            "SELECT count(*) FROM command_log WHERE command_name = 'setroles' AND success = 1 AND error_code IS NULL") == 1)
        await harness.stop()
    }

    @Test func theNewMappingGatesTheNextCommandAtOnce() async throws {
        let harness = try H.configuration()
        let raider = H.member(7, roles: [10])
        await harness.router.handle(H.command("ping", by: raider, id: 1))
        #expect(await harness.responder.lastEdit?.content == AccessDenial.notConfigured(.verifiedRaider).userMessage)
        await harness.router.handle(H.command("setroles", [H.role("verified_raider", 10)], by: H.member(42, admin: true), id: 2))
        await harness.router.handle(H.command("ping", by: raider, id: 3))
        #expect(await harness.responder.lastEdit?.content?.hasPrefix("🏓 Pong!") == true)
        await harness.stop()
    }

    @Test(arguments: [H.member(7, roles: [20]), H.member(7)])
    func aMemberWithoutDiscordAdministratorCannotMapRoles(member: Member) async throws {
        let harness = try H.configuration()
        // Even a mapped administrator rank is not enough: /setroles needs Discord's permission.
        await harness.router.handle(H.command("setroles", [H.role("administrator", 20)], by: H.member(42, admin: true), id: 1))
        await harness.router.handle(H.command("setroles", [H.role("organizer", 99)], by: member, id: 2))
        #expect(await harness.responder.lastEdit?.content == "❌ You need Discord's Administrator permission to do that.")
        #expect(try await harness.features.roleMapping.roleMapping(guildID: H.guildID) == RoleMapping([.administrator: 20]))
        #expect(try await harness.store.count("SELECT count(*) FROM command_log WHERE error_code = 'NOT_AUTHORIZED'") == 1)
        #expect(try await harness.store.count("SELECT count(*) FROM audit") == 1)
        await harness.stop()
    }

    @Test func noOptionsIsAValidationErrorThatChangesNothing() async throws {
        let harness = try H.configuration()
        await harness.router.handle(H.command("setroles", by: H.member(42, admin: true)))
        #expect(await harness.responder.lastEdit?.content == "⚠️ No role updates provided. Choose at least one role to map.")
        #expect(try await harness.store.count("SELECT count(*) FROM guild_role") == 0)
        #expect(try await harness.store.count("SELECT count(*) FROM audit") == 0)
        #expect(try await harness.store.count("SELECT count(*) FROM command_log WHERE error_code = 'VALIDATION_ERROR'") == 1)
        await harness.stop()
    }

    @Test func everyoneAndManagedRolesAreRefused() async throws {
        let harness = try H.configuration()
        let admin = H.member(42, admin: true)
        await harness.router.handle(H.command("setroles", [H.role("verified_raider", H.guildID)], by: admin, id: 1))
        #expect(await harness.responder.lastEdit?.content?.contains("@everyone can't be mapped") == true)
        let managed = ResolvedData(roles: [55: Role(id: 55, name: "Some Bot", position: 3, managed: true)])
        await harness.router.handle(H.command("setroles", [H.role("organizer", 55)], resolved: managed, by: admin, id: 2))
        #expect(await harness.responder.lastEdit?.content?.contains("managed by an integration") == true)
        #expect(try await harness.store.count("SELECT count(*) FROM guild_role") == 0)
        await harness.stop()
    }

    @Test func anAdministratorMapsChannelsAndTheRunsFeatureReadsThem() async throws {
        let harness = try H.configuration()
        await harness.router.handle(H.command("setchannels", [H.channel("raid", 300), H.channel("raid_log", 301)],
                                              by: H.member(42, admin: true)))
        let embed = try #require(await harness.responder.lastEdit?.embeds?.first)
        #expect(embed.title == "✅ Channel configuration updated")
        #expect(embed.fields?.count == 13)
        #expect(embed.fields?.first { $0.name == "Raid" }?.value == "<#300>")
        #expect(embed.fields?.first { $0.name == "Raid Log" }?.value == "<#301>")
        let channels = GuildChannelStore(database: harness.store.database)
        #expect(try await channels.channel(.raid, guildID: H.guildID) == 300)
        #expect(try await harness.store.count("SELECT count(*) FROM audit WHERE action = 'guild.channels.set'") == 1)
        await harness.stop()
    }

    @Test func aNonTextChannelIsRefused() async throws {
        let harness = try H.configuration()
        let voice = ResolvedData(channels: [400: Channel(id: 400, type: .guildVoice)])
        await harness.router.handle(H.command("setchannels", [H.channel("raid", 400)], resolved: voice,
                                              by: H.member(42, admin: true)))
        #expect(await harness.responder.lastEdit?.content == "❌ <#400> isn't a text channel; **Raid** needs one.")
        #expect(try await harness.store.count("SELECT count(*) FROM guild_channel") == 0)
        await harness.stop()
    }

    @Test func theDeclarationsMatchTheCatalogTables() throws {
        let roles = SetRolesCommand.declaration
        #expect(roles.options.map(\.name) == GuildRole.allCases.map(\.rawValue))
        #expect(roles.options.allSatisfy { $0.type == .role && $0.required == false })
        #expect(roles.applicationCommand.defaultMemberPermissions == .administrator)
        let channels = SetChannelsCommand.declaration
        #expect(channels.options.count == 13)
        #expect(channels.options.allSatisfy { $0.type == .channel && $0.channelTypes == [.guildText] })
        #expect(channels.applicationCommand.defaultMemberPermissions == .administrator)
    }
}
