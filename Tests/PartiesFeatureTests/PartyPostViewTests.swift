import BotKit
import DiscordModels
import RaidDomain
import Testing
@testable import PartiesFeature
import FeatureKit

@Suite struct PartyPostViewTests {
    typealias F = PartyFixture

    static func record(_ post: PartyPost, id: Int64 = 9_007_199_254_740_991) -> PartyRecord {
        PartyRecord(id: id, post: post, channelID: 5, messageID: nil, threadID: nil, raidLogThreadID: nil, isOpen: true,
                    warningsSent: 0, closeReason: nil)
    }

    static func customIDs(_ components: [Component]) -> [String] {
        components.flatMap { ($0.customID.map { [$0] } ?? []) + customIDs($0.children) }
    }

    @Test func thePostShowsTheHeadlineTheGreenEmbedAndTwoButtons() throws {
        let message = PartyPostView.message(Self.record(try F.post(dungeons: ["SHATTERS", "NEST"]), id: 12))
        #expect(message.content == "**Party:** Shatters crew | **Location:** USWest")
        let embed = try #require(message.embeds?.first)
        #expect(embed.title == "✅ Party Open" && embed.color == EmbedColor.success && embed.description == "Chill runs")
        #expect(embed.fields?.map(\.name) == ["Party", "Location", "Party Owner", "Dungeons"])
        #expect(embed.fields?.last?.value == "• Shatters\n• Nest")
        #expect(Self.customIDs(message.components ?? []) == ["v1:party:extend:12", "v1:party:close:12"])
        #expect(message.allowedMentions == AllowedMentions.none)
    }

    @Test func withoutALocationTheHeadlineIsTheNameOnly() throws {
        let post = try F.post(location: nil, dungeons: [])
        #expect(PartyPostView.content(post) == "**Party:** Shatters crew")
        #expect(PartyPostView.embed(post).fields?.last?.value == "Any")
    }

    @Test func theLongestInputsFitDiscordAndTheIDsDecodeToTheirRoutes() throws {
        let post = try PartyPost.make(owner: MemberID(UInt64.max), name: String(repeating: "n", count: PartyPost.nameLength),
                                      description: String(repeating: "d", count: PartyPost.descriptionLength),
                                      location: String(repeating: "l", count: PartyPost.locationLength),
                                      dungeonCodes: ["SHATTERS", "NEST", "ORYX_3", "THE_VOID", "LOST_HALLS"],
                                      at: F.start).get()
        let message = PartyPostView.message(Self.record(post))
        #expect(MessageLimits.violations(in: message).isEmpty)
        #expect(MessageLimits.violations(in: PartyPostView.warning(post, minutesLeft: 10)).isEmpty)
        #expect(post.threadName.count == 100)
        #expect(RaidLog.threadName(PartyPostView.logTitle(post, ownerName: "alice")).count <= 100)
        for id in Self.customIDs(message.components ?? []) {
            #expect(id.utf8.count <= 100)
            let decoded = try CustomID.decode(id).get()
            let schema = try #require([PartyComponentIDs.extend, PartyComponentIDs.close].first { $0.key == decoded.routeKey })
            try schema.validate(decoded)
            #expect(decoded.arguments == ["9007199254740991"])
        }
    }

    @Test(arguments: [
        (PartyRefusal.rule(.unknownDungeon("NOPE")), BotErrorCode.validation, "Unknown dungeon `NOPE`"),
        (.rule(.alreadyHasParty), .conflict, "already have an open party"),
        (.rule(.onlyOwnerExtends), .notAuthorized, "Only the party owner can extend"),
        (.notAllowedToClose, .notAuthorized, "Only the party owner or a moderator"),
        (.notOpen, .notFound, "already closed or no longer exists"),
    ])
    func refusalsReadAsTheRuleAndCarryACode(refusal: PartyRefusal, code: BotErrorCode, text: String) {
        #expect(refusal.failureCode == code)
        #expect(refusal.userMessage.contains(text))
    }

    @Test func theWarningPingsOnlyTheOwner() throws {
        let warning = PartyPostView.warning(try F.post(), minutesLeft: 5)
        #expect(warning.content?.contains("automatically closed and deleted in **5 minutes**") == true)
        #expect(warning.allowedMentions == AllowedMentions(users: [Snowflake(41)]))
    }
}
