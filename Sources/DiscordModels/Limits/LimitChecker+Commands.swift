extension LimitChecker {
    /// A bulk-overwrite list: per-kind counts, then each command.
    mutating func checkCommands(_ commands: [ApplicationCommand]) {
        let chatInput = commands.filter { ($0.type ?? .chatInput) == .chatInput }.count
        let user = commands.filter { $0.type == .user }.count
        let message = commands.filter { $0.type == .message }.count
        count(chatInput, max: MessageLimits.chatInputCommands, limit: "commands.chat_input", at: "")
        count(user, max: MessageLimits.contextMenuCommands, limit: "commands.user", at: "")
        count(message, max: MessageLimits.contextMenuCommands, limit: "commands.message", at: "")
        for (index, command) in commands.enumerated() {
            checkCommand(command, at: "[\(index)]")
        }
    }

    private mutating func checkCommand(_ command: ApplicationCommand, at path: String) {
        length(command.name, min: 1, max: MessageLimits.commandName, limit: "command.name", at: join(path, "name"))
        if (command.type ?? .chatInput) == .chatInput {
            checkNameCharacters(command.name, limit: "command.name.characters", at: join(path, "name"))
            length(command.description, min: 1, max: MessageLimits.commandDescription,
                   limit: "command.description", at: join(path, "description"))
        }
        let options = command.options ?? []
        checkOptions(options, at: join(path, "options"))
        let total = command.name.utf16.count + command.description.utf16.count + Self.textLength(options)
        count(total, max: MessageLimits.commandTotal, limit: "command.total", at: path)
    }

    private mutating func checkOptions(_ options: [ApplicationCommandOption], at path: String) {
        count(options.count, max: MessageLimits.choices, limit: "command.options", at: path)
        var seenOptional = false
        for (index, option) in options.enumerated() {
            let optionPath = "\(path)[\(index)]"
            length(option.name, min: 1, max: MessageLimits.commandName, limit: "option.name", at: join(optionPath, "name"))
            checkNameCharacters(option.name, limit: "option.name.characters", at: join(optionPath, "name"))
            length(option.description, min: 1, max: MessageLimits.commandDescription,
                   limit: "option.description", at: join(optionPath, "description"))
            value(option.minLength, min: 0, max: MessageLimits.optionLength, limit: "option.min_length", at: join(optionPath, "min_length"))
            value(option.maxLength, min: 1, max: MessageLimits.optionLength, limit: "option.max_length", at: join(optionPath, "max_length"))
            if let choices = option.choices { checkChoices(choices, at: join(optionPath, "choices")) }
            if let nested = option.options { checkOptions(nested, at: join(optionPath, "options")) }
            guard option.type != .subCommand, option.type != .subCommandGroup else { continue }
            let required = option.required ?? false
            if required && seenOptional {
                count(1, max: 0, limit: "option.required_after_optional", at: optionPath)
            }
            seenOptional = seenOptional || !required
        }
    }

    /// Chat-input and option names: lowercase letters, digits, `-`, `_` and `'` only (no spaces),
    /// counted as the number of offending characters.
    private mutating func checkNameCharacters(_ name: String, limit: String, at path: String) {
        let offending = name.filter { character in
            let allowed = character.isLetter || character.isNumber || "-_'".contains(character)
            return !allowed || character.isUppercase
        }.count
        count(offending, max: 0, limit: limit, at: path)
    }

    private static func textLength(_ options: [ApplicationCommandOption]) -> Int {
        options.reduce(0) { total, option in
            let choices = (option.choices ?? []).reduce(0) {
                $0 + $1.name.utf16.count + ($1.value.stringValue?.utf16.count ?? 0)
            }
            return total + option.name.utf16.count + option.description.utf16.count + choices
                + textLength(option.options ?? [])
        }
    }
}
