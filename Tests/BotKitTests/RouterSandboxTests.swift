import DiscordModels
import DiscordREST
import DiscordSandbox
import Logging
import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import BotKit
import CivilTime

/// The router end to end: real DiscordREST over libcurl against DiscordSandbox, which records every
/// request the bot makes.
@Suite struct RouterSandboxTests {
    static let join = CustomIDSchema("run", "join", [.snowflake])
    static let catalog = CommandCatalog([
        CommandDeclaration(name: "run", description: "Start a run", gate: .rank(.organizer), deferStyle: .ephemeralReply),
    ])

    struct SandboxRoles: RoleMappingSource {
        let mapping: RoleMapping
        func roleMapping(guildID: Snowflake) async throws -> RoleMapping { mapping }
    }

    static func interaction(_ handle: InteractionHandle) throws -> Interaction {
        try JSONDecoder().decode(Interaction.self, from: JSONEncoder().encode(handle.payload))
    }

    static func router(_ sandbox: DiscordSandbox, rest: DiscordREST, sink: MemorySink) async throws -> InteractionRouter {
        let leader = try #require(await sandbox.guild.role(named: "Raid Leader")).id
        let raider = try #require(await sandbox.guild.role(named: "Verified Raider")).id
        let status = try #require(await sandbox.guild.channel(named: "raid-status")).id
        var routes = InteractionRoutes()
        routes.command("run") { context in
            _ = try await rest.createMessage(channelID: status, MessageCreate(content: "Run panel"))
            try await context.reply(.text("✅ Run created"))
        }
        routes.component(ComponentRoute(Self.join, rateLimit: .participation, action: .deferred(.ephemeralReply) { context in
            _ = try await rest.createMessage(channelID: status, MessageCreate(content: "joined"))
            try await context.reply(.text("✅ Raid joined!"))
        }))
        return InteractionRouter(catalog: catalog, routes: routes, responder: rest, sink: sink,
                                 roles: SandboxRoles(mapping: RoleMapping([.organizer: leader, .verifiedRaider: raider])),
                                 clock: SystemBotClock(), logger: Logger(label: "test"))
    }

    static func client(_ sandbox: DiscordSandbox) -> DiscordREST {
        DiscordREST(configuration: RESTConfiguration(apiBase: sandbox.apiBase, token: sandbox.configuration.token))
    }

    @Test func theAcknowledgementIsRecordedBeforeAnyOtherRequestOfTheInteraction() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            defer { rest.shutdown() }
            let sink = MemorySink()
            let router = try await Self.router(sandbox, rest: rest, sink: sink)
            let leader = try #require(await sandbox.guild.member(named: "leader_lee"))
            _ = try await rest.bulkOverwriteGuildCommands(applicationID: sandbox.configuration.applicationID,
                                                      guildID: sandbox.configuration.guildID, commands: Self.catalog.applicationCommands)
            try await withSandboxSession(sandbox) {
                let handle = try await sandbox.run(command: "run", as: leader)
                await router.handle(try Self.interaction(handle))
                let callback = try await handle.callback
                #expect(callback.accepted && callback.type == 5 && callback.isEphemeral)
                _ = try await handle.originalEdit
            }
            let requests = await sandbox.recordedRequests.filter { !$0.path.contains("/commands") }
            #expect(requests.map(\.method) == ["POST", "POST", "PATCH"])
            #expect(requests.first?.path.hasSuffix("/callback") == true)
            #expect(requests.last?.path.hasSuffix("/messages/@original") == true)
            #expect(await sink.entries.first?.succeeded == true)
        }
    }

    @Test func aMemberBelowTheGateSeesTheRefusalInTheirDeferredReply() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            defer { rest.shutdown() }
            let router = try await Self.router(sandbox, rest: rest, sink: MemorySink())
            let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
            try await withSandboxSession(sandbox) {
                let handle = try await sandbox.run(command: "run", as: raider)
                await router.handle(try Self.interaction(handle))
                #expect(try await handle.callback.isEphemeral)
                let edit = try await handle.originalEdit
                #expect(edit.body?["content"]?.asString == AccessDenial.missingRank(.organizer).userMessage)
            }
            #expect(await sandbox.recordedRequests.allSatisfy { !$0.path.contains("/channels/") })
        }
    }

    @Test func aLegacyOrForgedButtonGetsAnEphemeralAnswerInsteadOfInteractionFailed() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            defer { rest.shutdown() }
            let router = try await Self.router(sandbox, rest: rest, sink: MemorySink())
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let panel = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "Run", components: [
                .object(["type": .number(1), "components": .array([
                    .object(["type": .number(2), "style": .number(1), "label": .string("Join"), "custom_id": .string("run:join:1")]),
                ])]),
            ])
            let raider = try #require(await sandbox.guild.member(named: "raider_rin"))
            try await withSandboxSession(sandbox) {
                let handle = try await sandbox.click("run:join:1", on: panel, as: raider)
                await router.handle(try Self.interaction(handle))
                let callback = try await handle.callback
                #expect(callback.accepted && callback.type == 4 && callback.isEphemeral)
                #expect(callback.data?["content"]?.asString == BotErrorCode.malformedComponent.friendlyMessage)
            }
        }
    }

    @Test func aJoinClickIsAcknowledgedThenAnswered() async throws {
        try await DiscordSandbox.withSandbox { sandbox in
            let rest = Self.client(sandbox)
            defer { rest.shutdown() }
            let router = try await Self.router(sandbox, rest: rest, sink: MemorySink())
            let channel = try #require(await sandbox.guild.channel(named: "raid-status"))
            let customID = try Self.join.make(["12"]).encoded
            let panel = await sandbox.guild.postMessage(in: channel.id, as: sandbox.guild.bot.id, content: "Run", components: [
                .object(["type": .number(1), "components": .array([
                    .object(["type": .number(2), "style": .number(3), "label": .string("Join"), "custom_id": .string(customID)]),
                ])]),
            ])
            let raider = try #require(await sandbox.guild.member(named: "raider_ray"))
            try await withSandboxSession(sandbox) {
                let handle = try await sandbox.click(customID, on: panel, as: raider)
                await router.handle(try Self.interaction(handle))
                #expect(try await handle.callback.accepted)
                #expect(try await handle.originalEdit.body?["content"]?.asString == "✅ Raid joined!")
            }
        }
    }
}
