import DiscordModels
@testable import ModmailFeature
import Testing

/// A staff thread message as DMed to the member stays within Discord's limits whatever its size.
@Suite("Staff message DMs within Discord's limits")
struct StaffMessageDMTests {
    @Test("a short message with one attachment is one embed with the link")
    func shortMessage() throws {
        let parts = ModmailViews.staffMessageDM(PendingRelay(messageID: 42, content: "Hi", attachments: ["https://cdn.example/a.png"]),
                                                ticketID: "MM-ABC123", guildName: "Raiders")
        #expect(parts.count == 1)
        #expect(parts.first?.embeds?.first?.description == "Hi")
        #expect(parts.first?.embeds?.first?.fields?.first?.value.contains("https://cdn.example/a.png") == true)
        #expect(parts.first?.nonce == "ms42")
        for part in parts { try MessageLimits.validate(part) }
    }

    @Test("4000 characters and ten long attachment links: every part is valid, no link lost, nonces distinct")
    func longMessageSplits() throws {
        let links = (1...10).map { "https://cdn.discordapp.com/attachments/1/2/file\($0).png?ex=" + String(repeating: "a", count: 280) }
        let parts = ModmailViews.staffMessageDM(
            PendingRelay(messageID: 1_234_567_890_123_456_789, content: String(repeating: "x", count: 4000), attachments: links),
            ticketID: "MM-ABC123", guildName: "Raiders")
        #expect(parts.count > 1)
        for part in parts { try MessageLimits.validate(part) }
        let text = parts.flatMap { ($0.embeds ?? []).flatMap { ($0.fields ?? []).map(\.value) } + [$0.content ?? ""] }.joined()
        for link in links { #expect(text.contains(link)) }
        let nonces = parts.compactMap(\.nonce)
        #expect(Set(nonces).count == parts.count && nonces.allSatisfy { $0.count <= 25 })
    }

    @Test("text over an embed's 4096 characters is cut with an ellipsis")
    func overlongText() throws {
        let parts = ModmailViews.staffMessageDM(PendingRelay(messageID: 7, content: String(repeating: "y", count: 5000), attachments: []),
                                                ticketID: "MM-ABC123", guildName: "Raiders")
        #expect(parts.first?.embeds?.first?.description?.count == 4096)
        for part in parts { try MessageLimits.validate(part) }
    }
}
