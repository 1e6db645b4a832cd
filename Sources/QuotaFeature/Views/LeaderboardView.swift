import BotKit
import DiscordModels
import FeatureKit
import RaidDomain

/// The `/leaderboard` message: one page of 25 entries with medals, the filters in the title and
/// footer, and the paging buttons.
enum LeaderboardView {
    static func reply(_ state: LeaderboardState, board: LeaderboardPage, pages: Int) -> Reply {
        let offset = state.page * LeaderboardState.pageSize
        let lines = board.entries.enumerated().map { index, entry in
            "\(rank(offset + index)) <@\(entry.userID)> — \(value(entry.total, state.category))"
        }
        let embed = Embed(
            title: "🏆 \(state.category.title) — \(dungeonName(state.dungeon))",
            description: lines.isEmpty ? "No entries for these filters." : lines.joined(separator: "\n"),
            color: EmbedColor.information,
            footer: EmbedFooter(text: "\(period(state.window)) · Page \(state.page + 1)/\(pages) · \(board.totalEntries) entries"))
        return Reply(embeds: [embed], components: components(state, pages: pages), allowedMentions: AllowedMentions.none)
    }

    /// 🥇🥈🥉, then `n.`.
    static func rank(_ index: Int) -> String {
        switch index {
        case 0: "🥇"
        case 1: "🥈"
        case 2: "🥉"
        default: "\(index + 1)."
        }
    }

    /// Points categories show decimals; the others are counts.
    static func value(_ total: Int64, _ category: LeaderboardCategory) -> String {
        category.isPoints ? "\(Points(hundredths: total))" : "\(total)"
    }

    static func dungeonName(_ code: String?) -> String {
        code.map { Dungeon.named(DungeonCode($0))?.name ?? $0 } ?? "All Dungeons"
    }

    /// "All time", "Since …", "Until …" or "… to …", in Discord's localised dates.
    static func period(_ window: QuotaWindow) -> String {
        switch (window.since, window.until) {
        case (nil, nil): "All time"
        case (let since?, nil): "Since \(UTCDateTime.format(Timestamp(unixMilliseconds: since))) UTC"
        case (nil, let until?): "Until \(UTCDateTime.format(Timestamp(unixMilliseconds: until))) UTC"
        case (let since?, let until?):
            "\(UTCDateTime.format(Timestamp(unixMilliseconds: since))) to \(UTCDateTime.format(Timestamp(unixMilliseconds: until))) UTC"
        }
    }

    static func components(_ state: LeaderboardState, pages: Int) -> [Component] {
        func button(_ schema: CustomIDSchema, _ label: String, disabled: Bool, style: ButtonStyle = .secondary) -> Component {
            .button(Button(style: style, label: label, customID: schema.wire(state.arguments), disabled: disabled))
        }
        let atStart = state.page == 0, atEnd = state.page >= pages - 1
        return [.actionRow(ActionRow([
            button(LeaderboardComponentIDs.first, "⏮", disabled: atStart),
            button(LeaderboardComponentIDs.previous, "◀", disabled: atStart),
            button(LeaderboardComponentIDs.page, "\(state.page + 1)/\(pages)", disabled: true),
            button(LeaderboardComponentIDs.next, "▶", disabled: atEnd),
            button(LeaderboardComponentIDs.last, "⏭", disabled: atEnd),
        ])), .actionRow(ActionRow([button(LeaderboardComponentIDs.stop, "Stop", disabled: false, style: .danger)]))]
    }
}
