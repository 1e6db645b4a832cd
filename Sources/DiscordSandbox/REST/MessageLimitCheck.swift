import DiscordModels

/// Discord's own checks on outgoing bodies, done independently of the bot's validator so the
/// sandbox catches what the bot's checks miss (discord-api.md §2.6).
enum MessageLimitCheck {
    /// Violations in a message create/edit, webhook or interaction-message body.
    static func message(_ body: [String: JSONValue], path: [String] = []) -> [FormViolation] {
        var found: [FormViolation] = []
        if let content = body["content"]?.asString, content.count > 2000 {
            found.append(tooLong(path + ["content"], 2000))
        }
        if let nonce = body["nonce"]?.asString, nonce.count > 25 { found.append(tooLong(path + ["nonce"], 25)) }
        found += embeds(body["embeds"]?.asArray ?? [], path: path + ["embeds"])
        let isV2 = (body["flags"]?.asInt ?? 0) & (1 << 15) != 0
        found += components(body["components"]?.asArray ?? [], isV2: isV2, path: path + ["components"])
        found += allowedMentions(body["allowed_mentions"]?.asObject ?? [:], path: path + ["allowed_mentions"])
        return found
    }

    /// Violations in a modal callback's data.
    static func modal(_ data: [String: JSONValue], path: [String]) -> [FormViolation] {
        var found: [FormViolation] = []
        found += customID(data["custom_id"], path: path + ["custom_id"])
        if let title = data["title"]?.asString, title.count > 45 { found.append(tooLong(path + ["title"], 45)) }
        if data["title"]?.asString?.isEmpty ?? true { found.append(required(path + ["title"])) }
        let rows = data["components"]?.asArray ?? []
        if rows.isEmpty || rows.count > 5 { found.append(countOutOfRange(path + ["components"], 1, 5)) }
        return found
    }

    /// Violations in an autocomplete result.
    static func autocomplete(_ data: [String: JSONValue], path: [String]) -> [FormViolation] {
        let choices = data["choices"]?.asArray ?? []
        return choices.count > 25 ? [countOutOfRange(path + ["choices"], 0, 25)] : []
    }

    private static func embeds(_ embeds: [JSONValue], path: [String]) -> [FormViolation] {
        var found: [FormViolation] = embeds.count > 10 ? [countOutOfRange(path, 0, 10)] : []
        var total = 0
        for (index, embed) in embeds.enumerated() {
            let at = path + [String(index)]
            let object = embed.asObject ?? [:]
            found += text(object["title"], max: 256, at + ["title"], total: &total)
            found += text(object["description"], max: 4096, at + ["description"], total: &total)
            found += text(object["footer"]?["text"], max: 2048, at + ["footer", "text"], total: &total)
            found += text(object["author"]?["name"], max: 256, at + ["author", "name"], total: &total)
            let fields = object["fields"]?.asArray ?? []
            if fields.count > 25 { found.append(countOutOfRange(at + ["fields"], 0, 25)) }
            for (fieldIndex, field) in fields.enumerated() {
                let fieldPath = at + ["fields", String(fieldIndex)]
                found += text(field["name"], max: 256, fieldPath + ["name"], total: &total)
                found += text(field["value"], max: 1024, fieldPath + ["value"], total: &total)
            }
        }
        if total > 6000 {
            found.append(FormViolation(path: path, code: "MAX_EMBED_SIZE_EXCEEDED", message: "Embed size exceeds maximum size of 6000"))
        }
        return found
    }

    private static func components(_ rows: [JSONValue], isV2: Bool, path: [String]) -> [FormViolation] {
        if isV2 {
            let total = ComponentTree.flatten(rows).count
            return total > 40 ? [countOutOfRange(path, 0, 40)] : []
        }
        var found: [FormViolation] = rows.count > 5 ? [countOutOfRange(path, 0, 5)] : []
        for (index, row) in rows.enumerated() {
            let children = row["components"]?.asArray ?? []
            let rowPath = path + [String(index), "components"]
            let hasSelect = children.contains { ($0["type"]?.asInt ?? 2) != 2 }
            if children.count > 5 || (hasSelect && children.count > 1) {
                found.append(countOutOfRange(rowPath, 1, hasSelect ? 1 : 5))
            }
            for (childIndex, child) in children.enumerated() {
                found += component(child, path: rowPath + [String(childIndex)])
            }
        }
        found += duplicateCustomIDs(rows, path: path)
        return found
    }

    private static func component(_ component: JSONValue, path: [String]) -> [FormViolation] {
        var found: [FormViolation] = []
        let isLink = component["style"]?.asInt == 5
        if component["type"]?.asInt == 2, isLink {
            if let url = component["url"]?.asString, url.count > 512 { found.append(tooLong(path + ["url"], 512)) }
        } else {
            found += customID(component["custom_id"], path: path + ["custom_id"])
        }
        if let label = component["label"]?.asString, label.count > 80 { found.append(tooLong(path + ["label"], 80)) }
        if let placeholder = component["placeholder"]?.asString, placeholder.count > 150 {
            found.append(tooLong(path + ["placeholder"], 150))
        }
        if let options = component["options"]?.asArray, options.count > 25 {
            found.append(countOutOfRange(path + ["options"], 1, 25))
        }
        found += customEmoji(component["emoji"], path: path)
        for (index, option) in (component["options"]?.asArray ?? []).enumerated() {
            found += customEmoji(option["emoji"], path: path + ["options", "\(index)"])
        }
        return found
    }

    /// Discord refuses a custom emoji the bot cannot use; the stand-in guild has no custom emojis and
    /// the bot is in no other server, so any emoji id is one it cannot use.
    private static func customEmoji(_ emoji: JSONValue?, path: [String]) -> [FormViolation] {
        guard let id = emoji?["id"], id != .null else { return [] }
        return [FormViolation(path: path + ["emoji", "name"], code: "BUTTON_COMPONENT_INVALID_EMOJI", message: "Invalid emoji")]
    }

    private static func duplicateCustomIDs(_ rows: [JSONValue], path: [String]) -> [FormViolation] {
        let ids = ComponentTree.customIDs(in: rows)
        guard Set(ids).count != ids.count else { return [] }
        return [FormViolation(path: path, code: "COMPONENT_CUSTOM_ID_DUPLICATED", message: "Component custom id cannot be duplicated")]
    }

    private static func allowedMentions(_ mentions: [String: JSONValue], path: [String]) -> [FormViolation] {
        ["users", "roles"].compactMap { key in
            (mentions[key]?.asArray?.count ?? 0) > 100 ? countOutOfRange(path + [key], 0, 100) : nil
        }
    }

    private static func customID(_ value: JSONValue?, path: [String]) -> [FormViolation] {
        guard let id = value?.asString, !id.isEmpty else { return [required(path)] }
        return id.count > 100 ? [tooLong(path, 100)] : []
    }

    private static func text(_ value: JSONValue?, max: Int, _ path: [String], total: inout Int) -> [FormViolation] {
        guard let text = value?.asString else { return [] }
        total += text.count
        return text.count > max ? [tooLong(path, max)] : []
    }

    static func tooLong(_ path: [String], _ max: Int) -> FormViolation {
        FormViolation(path: path, code: "BASE_TYPE_MAX_LENGTH", message: "Must be \(max) or fewer in length.")
    }

    static func countOutOfRange(_ path: [String], _ min: Int, _ max: Int) -> FormViolation {
        FormViolation(path: path, code: "BASE_TYPE_BAD_LENGTH", message: "Must be between \(min) and \(max) in length.")
    }

    static func required(_ path: [String]) -> FormViolation {
        FormViolation(path: path, code: "BASE_TYPE_REQUIRED", message: "This field is required")
    }

    /// Whether a message body would render nothing (Discord answers 50006).
    static func isEmpty(_ body: [String: JSONValue]) -> Bool {
        (body["content"]?.asString ?? "").isEmpty && (body["embeds"]?.asArray ?? []).isEmpty
            && (body["components"]?.asArray ?? []).isEmpty && (body["sticker_ids"]?.asArray ?? []).isEmpty
            && body["poll"] == nil
    }
}
