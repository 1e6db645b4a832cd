import DiscordModels
import DiscordSandbox

/// Discord messages as plain text for the console: content, embeds (title, description, fields)
/// and the components a member could use, each with the custom_id to click.
enum ConsoleRendering {
    /// A message body (`content`, `embeds`, `components`), indented by `indent`.
    static func message(_ body: JSONValue?, indent: String = "  ") -> [String] {
        guard let body else { return [] }
        var lines: [String] = []
        if let content = body["content"]?.asString, !content.isEmpty { lines += content.split(separator: "\n").map(String.init) }
        for embed in body["embeds"]?.asArray ?? [] {
            if let title = embed["title"]?.asString { lines.append("▌ " + title) }
            if let description = embed["description"]?.asString {
                lines += description.split(separator: "\n").map { "▌ " + $0 }
            }
            for field in embed["fields"]?.asArray ?? [] {
                let value = (field["value"]?.asString ?? "").split(separator: "\n").map(String.init)
                lines.append("▌ \(field["name"]?.asString ?? ""): \(value.first ?? "")")
                lines += value.dropFirst().map { "▌   " + $0 }
            }
        }
        lines += components(body["components"]?.asArray ?? [])
        return lines.map { indent + $0 }
    }

    /// Buttons as `[Label] custom_id`, selects as `<placeholder: a | b> custom_id`, row by row.
    static func components(_ rows: [JSONValue]) -> [String] {
        rows.compactMap { row -> String? in
            let parts = (row["components"]?.asArray ?? [row]).compactMap(component)
            return parts.isEmpty ? nil : parts.joined(separator: "  ")
        }
    }

    static func component(_ component: JSONValue) -> String? {
        guard let id = component["custom_id"]?.asString else { return nil }
        let disabled = component["disabled"]?.asBool == true ? " (disabled)" : ""
        if let options = component["options"]?.asArray {
            let values = options.prefix(6).compactMap { $0["label"]?.asString ?? $0["value"]?.asString }.joined(separator: " | ")
            let more = options.count > 6 ? " | …" : ""
            return "<\(component["placeholder"]?.asString ?? "select"): \(values)\(more)> \(id)"
        }
        return "[\(component["label"]?.asString ?? "button")]\(disabled) \(id)"
    }

    /// Every component of `rows` (depth first), for finding one by custom_id or label.
    static func flatten(_ rows: [JSONValue]) -> [JSONValue] {
        rows.flatMap { row -> [JSONValue] in
            // Rows and containers hold `components`; a modal's label holds its one `component`.
            guard let children = row["components"]?.asArray ?? row["component"].map({ [$0] }) else { return [row] }
            return [row] + flatten(children)
        }
    }
}
