/// `/help`: the command list grouped by who may run it, and one command's details.
extension CommandCatalog {
    /// Sections of the overview, lowest gate first, commands by name.
    public var helpSections: [(heading: String, lines: [String])] {
        let groups = Dictionary(grouping: declarations, by: \.gate)
        return groups.keys.sorted { $0.helpOrder < $1.helpOrder }.map { gate in
            let lines = groups[gate, default: []].sorted { $0.name < $1.name }.map { "`/\($0.name)`: \($0.description)" }
            return (gate.helpHeading, lines)
        }
    }

    /// The overview as Markdown text.
    public var helpOverview: String {
        helpSections.map { section in
            "**\(section.heading)**\n" + section.lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Details of one command (usage, examples, who may run it), or nil for an unknown name.
    public func helpDetail(_ name: String) -> String? {
        guard let command = self[name] else { return nil }
        var lines = ["**/\(command.name)**: \(command.description)",
                     "**Required role:** \(command.gate.helpHeading)"]
        if let usage = command.usage { lines.append("**Usage:** `\(usage)`") }
        if !command.examples.isEmpty {
            lines.append("**Examples:**\n" + command.examples.map { "`\($0)`" }.joined(separator: "\n"))
        }
        return lines.joined(separator: "\n")
    }

    /// Autocomplete for `/help command:`: names starting with the typed text first, then containing it.
    public func helpSuggestions(_ typed: String) -> [String] {
        let query = typed.lowercased()
        let names = declarations.map(\.name).sorted()
        guard !query.isEmpty else { return Array(names.prefix(25)) }
        let prefixed = names.filter { $0.hasPrefix(query) }
        let containing = names.filter { !$0.hasPrefix(query) && $0.contains(query) }
        return Array((prefixed + containing).prefix(25))
    }
}
