import FeatureKit
import BotKit
import DiscordModels

/// The `/help` embeds, kept inside Discord's limits (fields of at most 1024 characters).
enum HelpView {
    /// Longest embed field value.
    static let fieldLimit = 1024

    /// One field per gate section (split when a section outgrows a field), lowest gate first.
    static func overview(_ catalog: CommandCatalog) -> Embed {
        let fields = catalog.helpSections.flatMap { section in
            chunks(section.lines).enumerated().map { index, chunk in
                EmbedField(name: index == 0 ? section.heading : "\(section.heading) (cont.)", value: chunk)
            }
        }
        return Embed(title: "📖 Commands", description: "Run `/help command:<name>` for usage and examples.",
                     color: EmbedColor.information, fields: Array(fields.prefix(25)))
    }

    /// One command's details, or nil when the catalog has no such command.
    static func detail(_ catalog: CommandCatalog, name: String) -> Embed? {
        catalog.helpDetail(name).map { Embed(title: "📖 /\(name)", description: $0, color: EmbedColor.information) }
    }

    /// Joins lines into field-sized chunks (a single over-long line is cut).
    static func chunks(_ lines: [String]) -> [String] {
        var chunks: [String] = []
        var current = ""
        for line in lines.map({ String($0.prefix(fieldLimit)) }) {
            if !current.isEmpty && current.count + 1 + line.count > fieldLimit {
                chunks.append(current)
                current = ""
            }
            current += current.isEmpty ? line : "\n" + line
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks.isEmpty ? ["—"] : chunks
    }
}
