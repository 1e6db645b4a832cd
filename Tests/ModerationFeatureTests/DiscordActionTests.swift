import CivilTime
import DiscordModels
import DiscordSandbox
import Foundation
import OpenAPIValidation
import Testing
import TestSupport

/// /kick, /ban, /softban, /unban, /purge and /addrole through the stand-in's member, ban and
/// message routes: checks first, DM before the action, the reason as X-Audit-Log-Reason.
@Suite("Discord actions", .timeLimit(.minutes(1)))
struct DiscordActionTests {
    static let memberRoute = "/guilds/{guild.id}/members/{user.id}"
    static let banRoute = "/guilds/{guild.id}/bans/{user.id}"

    @Test("kick DMs first, then kicks with the reason as the audit-log reason, and logs")
    func kick() async throws {
        try await ModerationStage.with { stage in
            let officer = try await stage.member("head_leader_hana"), rin = try await stage.member("raider_rin")
            await stage.run("kick", [Option.user(rin.id), Option.reason("Toxic")], as: officer)
            #expect(await stage.lastAnswer() == "👢 Member Kicked")
            #expect(await stage.sandbox.guild.member(rin.id) == nil)
            let requests = await stage.sandbox.recordedRequests
            let dm = try #require(requests.firstIndex { $0.is("POST", "/channels/{channel.id}/messages") })
            let kick = try #require(requests.firstIndex { $0.is("DELETE", Self.memberRoute) })
            #expect(dm < kick)
            #expect(requests[kick].headers["x-audit-log-reason"] == "Kick%3A%20Toxic" ||
                    requests[kick].headers["x-audit-log-reason"]?.removingPercentEncoding == "Kick: Toxic")
            #expect(try await stage.logPosts().map(\.embedTitle) == ["👢 Member Kicked"])
        }
    }

    @Test("security cannot kick (officer gate); an officer cannot kick an equal or a member above the bot")
    func kickChecks() async throws {
        try await ModerationStage.with { stage in
            let security = try await stage.member("security_sam"), officer = try await stage.member("head_leader_hana")
            let rin = try await stage.member("raider_rin")
            await stage.run("kick", [Option.user(rin.id), Option.reason()], as: security)
            #expect(await stage.lastAnswer().contains("Missing Permission"))
            let peer = await stage.sandbox.guild.addMember(username: "peer", roles: officer.roleIDs)
            await stage.run("kick", [Option.user(peer.id), Option.reason()], as: officer)
            #expect(await stage.lastAnswer().contains("below your highest staff role"))
            let high = await stage.sandbox.guild.addRole(name: "Donor", position: 17)
            let donor = await stage.sandbox.guild.addMember(username: "donor", roles: [high.id])
            await stage.run("kick", [Option.user(donor.id), Option.reason()], as: officer)
            #expect(await stage.lastAnswer().contains("not below mine"))
            #expect(await stage.sandbox.recordedRequests.filter { $0.is("DELETE", Self.memberRoute) }.isEmpty)
        }
    }

    @Test("ban deletes a day of messages; softban bans with seven days and unbans; a failed unban is a partial success")
    func banAndSoftban() async throws {
        try await ModerationStage.with { stage in
            let officer = try await stage.member("head_leader_hana")
            let rin = try await stage.member("raider_rin"), ray = try await stage.member("raider_ray")
            await stage.run("ban", [Option.user(rin.id), Option.reason()], as: officer)
            #expect(await stage.lastAnswer() == "🔨 Member Banned")
            #expect(await stage.sandbox.guild.bans[rin.id] != nil)
            let ban = try #require(await stage.sandbox.recordedRequests.first { $0.is("PUT", Self.banRoute) })
            #expect(ban.body?["delete_message_seconds"]?.asInt == 86_400)
            await stage.sandbox.inject(.serverError(status: 502), on: RouteSelector(method: "DELETE", route: Self.banRoute))
            await stage.run("softban", [Option.user(ray.id), Option.reason()], as: officer)
            #expect(await stage.lastAnswer() == "⚠️ Partial Success")
            #expect(await stage.sandbox.guild.bans[ray.id] != nil)
            let spec = try OpenAPISpec(contentsOf: DiscordSpecFile.path)
            for request in await stage.sandbox.recordedRequests where !request.bodyBytes.isEmpty {
                let violations = try spec.validateRequestBody(method: request.method, path: request.path,
                                                              body: Data(request.bodyBytes))
                #expect(violations.isEmpty, "\(request.method) \(request.route): \(violations)")
            }
        }
    }

    @Test("unban refuses a malformed id and a user who is not banned, and lifts a real ban")
    func unban() async throws {
        try await ModerationStage.with { stage in
            let officer = try await stage.member("head_leader_hana"), rin = try await stage.member("raider_rin")
            await stage.run("unban", [Option.text("user_id", "12ab"), Option.reason()], as: officer)
            #expect(await stage.lastAnswer().contains("is not a user id"))
            await stage.run("unban", [Option.text("user_id", rin.id.description), Option.reason()], as: officer)
            #expect(await stage.lastAnswer().contains("User Not Banned"))
            await stage.run("ban", [Option.user(rin.id), Option.reason()], as: officer)
            await stage.run("unban", [Option.text("user_id", rin.id.description), Option.reason("Appeal")], as: officer)
            #expect(await stage.lastAnswer() == "✅ User Unbanned")
            #expect(await stage.sandbox.guild.bans[rin.id] == nil)
        }
    }

    @Test("purge deletes the recent unpinned messages and reports pinned and old ones")
    func purge() async throws {
        let now = SystemBotClock().unixMilliseconds()
        try await ModerationStage.with(clockStart: now) { stage in
            let security = try await stage.member("security_sam")
            let channel = try #require(await stage.sandbox.guild.channel(named: "general")).id
            let guild = stage.sandbox.guild
            await guild.postMessage(in: channel, as: security.id, content: "ancient", at: now - 20 * 86_400_000)
            for minute in 1...4 {
                await guild.postMessage(in: channel, as: security.id, content: "recent \(minute)", at: now - Int64(60_000 * (10 - minute)))
            }
            await guild.postMessage(in: channel, as: security.id, content: "rules", at: now - 30_000, pinned: true)
            await stage.run("purge", [CommandInteractionOption(name: "amount", type: .integer, value: .integer(25))],
                            as: security, in: channel)
            let answer = await stage.lastAnswer()
            #expect(answer.contains("Deleted 4 messages") && answer.contains("1 pinned") && answer.contains("1 older than 14 days"))
            #expect(await guild.messages(in: channel).map(\.content).sorted() == ["ancient", "rules"])
            await stage.run("purge", [CommandInteractionOption(name: "amount", type: .integer, value: .integer(26))],
                            as: security, in: channel)
            #expect(await stage.lastAnswer().contains("between 1 and 25"))
        }
    }

    @Test("purge allows three a minute per member; the fourth is refused and deletes nothing")
    func purgeRateLimit() async throws {
        let now = SystemBotClock().unixMilliseconds()
        try await ModerationStage.with(clockStart: now) { stage in
            let security = try await stage.member("security_sam")
            let channel = try #require(await stage.sandbox.guild.channel(named: "general")).id
            for index in 1...5 {
                await stage.sandbox.guild.postMessage(in: channel, as: security.id, content: "m\(index)", at: now - 1_000)
            }
            for _ in 1...3 {
                await stage.run("purge", [CommandInteractionOption(name: "amount", type: .integer, value: .integer(1))],
                                as: security, in: channel)
            }
            #expect(await stage.sandbox.guild.messages(in: channel).count == 2)
            await stage.run("purge", [CommandInteractionOption(name: "amount", type: .integer, value: .integer(1))],
                            as: security, in: channel)
            let said = await stage.lastAnswer()
            #expect(said.contains("You can only use /purge 3 times per minute"), "\(said)")
            #expect(await stage.sandbox.guild.messages(in: channel).count == 2)
            stage.clock.advance(by: .seconds(60))
            await stage.run("purge", [CommandInteractionOption(name: "amount", type: .integer, value: .integer(1))],
                            as: security, in: channel)
            #expect(await stage.sandbox.guild.messages(in: channel).count == 1, "a minute later it works again")
        }
    }

    @Test("addrole promotes below the invoker's rank and announces it; a role not below the invoker is refused")
    func addRole() async throws {
        try await ModerationStage.with { stage in
            let officer = try await stage.member("head_leader_hana"), rin = try await stage.member("raider_rin")
            await stage.run("addrole", [Option.user(rin.id), Option.text("role", "security")], as: officer)
            #expect(await stage.lastAnswer().contains("is now **Security**"))
            #expect(try await stage.holds("Security", rin.id))
            let ray = try await stage.member("raider_ray")
            let security = try await stage.member("security_sam")
            await stage.run("addrole", [Option.user(ray.id), Option.text("role", "security")], as: security)
            #expect(await stage.lastAnswer().contains("Missing Permission"))
            #expect(try await !stage.holds("Security", ray.id))
        }
    }
}
