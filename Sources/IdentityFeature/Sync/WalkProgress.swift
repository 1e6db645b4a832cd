import DiscordModels
import FeatureKit

/// The live progress embed of a member walk (§1.4: a 20-character bar), edited into the command's
/// reply after each page, and its final form.
enum WalkProgress {
    /// The bar's width.
    static let barWidth = 20

    /// "⏳ title" with the members walked so far and what was done.
    static func running(_ title: String, walked: Int, lines: [(String, Int)]) -> Embed {
        Embed(title: "⏳ \(title)", description: "Members checked: **\(walked)**", color: EmbedColor.information,
              fields: lines.map { EmbedField(name: $0.0, value: "\($0.1)", inline: true) })
    }

    /// "✅ title" with the totals.
    static func finished(_ title: String, walked: Int, lines: [(String, Int)], seconds: Int64) -> Embed {
        Embed(title: "✅ \(title)", description: "\(bar(1.0)) Members checked: **\(walked)** in \(seconds) s",
              color: EmbedColor.success, fields: lines.map { EmbedField(name: $0.0, value: "\($0.1)", inline: true) })
    }

    /// A 20-character bar filled to `fraction`.
    static func bar(_ fraction: Double) -> String {
        let filled = max(0, min(barWidth, Int((fraction * Double(barWidth)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }
}
