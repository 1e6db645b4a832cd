extension LimitChecker {
    /// Legacy messages: ≤5 action rows at the top level. Components V2: ≤40 components in all.
    /// custom_ids must be unique across the message either way.
    mutating func checkMessageComponents(_ components: [Component], componentsV2: Bool, at path: String) {
        if componentsV2 {
            count(Self.totalCount(components), max: MessageLimits.componentsV2Total, limit: "components.total", at: path)
        } else {
            count(components.count, max: MessageLimits.actionRows, limit: "components.action_rows", at: path)
            let nonRows = components.filter { if case .actionRow = $0 { false } else { true } }.count
            count(nonRows, max: 0, limit: "components.top_level_non_rows", at: path)
        }
        for (index, component) in components.enumerated() {
            checkComponent(component, at: "\(path)[\(index)]")
        }
        checkUniqueCustomIDs(components, at: path)
    }

    /// One component and its children.
    mutating func checkComponent(_ component: Component, at path: String) {
        switch component {
        case .actionRow(let row): checkRow(row, at: path)
        case .button(let button): checkButton(button, at: path)
        case .selectMenu(let select): checkSelect(select, at: path)
        case .textInput(let input): checkTextInput(input, at: path)
        case .label(let label): checkLabel(label, at: path)
        case .textDisplay, .unknown: break
        }
    }

    private mutating func checkRow(_ row: ActionRow, at path: String) {
        let childrenPath = join(path, "components")
        count(row.components.count, min: 1, max: MessageLimits.rowComponents, limit: "action_row.components", at: childrenPath)
        let exclusive = row.components.filter {
            switch $0 {
            case .selectMenu, .textInput: true
            default: false
            }
        }.count
        if exclusive > 0 {
            count(row.components.count, max: 1, limit: "action_row.components_with_select", at: childrenPath)
        }
        for (index, child) in row.components.enumerated() {
            checkComponent(child, at: "\(childrenPath)[\(index)]")
        }
    }

    private mutating func checkButton(_ button: Button, at path: String) {
        length(button.label, max: MessageLimits.buttonLabel, limit: "button.label", at: join(path, "label"))
        switch button.style {
        case .link:
            length(button.url, min: 1, max: MessageLimits.buttonURL, limit: "button.url", at: join(path, "url"), required: true)
        case .premium:
            break
        default:
            length(button.customID, min: 1, max: MessageLimits.customID, limit: "custom_id", at: join(path, "custom_id"), required: true)
        }
    }

    private mutating func checkSelect(_ select: SelectMenu, at path: String) {
        length(select.customID, min: 1, max: MessageLimits.customID, limit: "custom_id", at: join(path, "custom_id"))
        length(select.placeholder, max: MessageLimits.selectPlaceholder, limit: "select.placeholder", at: join(path, "placeholder"))
        value(select.minValues, min: 0, max: MessageLimits.selectValues, limit: "select.min_values", at: join(path, "min_values"))
        value(select.maxValues, min: 1, max: MessageLimits.selectValues, limit: "select.max_values", at: join(path, "max_values"))
        if select.type == .stringSelect {
            let options = select.options ?? []
            count(options.count, min: 1, max: MessageLimits.selectOptions, limit: "select.options", at: join(path, "options"))
            for (index, option) in options.enumerated() {
                checkOption(option, at: join(path, "options[\(index)]"))
            }
        }
    }

    private mutating func checkOption(_ option: SelectOption, at path: String) {
        let max = MessageLimits.selectOptionText
        length(option.label, min: 1, max: max, limit: "select.option.label", at: join(path, "label"))
        length(option.value, min: 1, max: max, limit: "select.option.value", at: join(path, "value"))
        length(option.description, max: max, limit: "select.option.description", at: join(path, "description"))
    }

    private mutating func checkTextInput(_ input: TextInput, at path: String) {
        let max = MessageLimits.textInputValue
        length(input.customID, min: 1, max: MessageLimits.customID, limit: "custom_id", at: join(path, "custom_id"))
        length(input.label, min: 1, max: MessageLimits.labelText, limit: "text_input.label", at: join(path, "label"))
        length(input.value, max: max, limit: "text_input.value", at: join(path, "value"))
        length(input.placeholder, max: MessageLimits.textInputPlaceholder, limit: "text_input.placeholder", at: join(path, "placeholder"))
        value(input.minLength, min: 0, max: max, limit: "text_input.min_length", at: join(path, "min_length"))
        value(input.maxLength, min: 1, max: max, limit: "text_input.max_length", at: join(path, "max_length"))
    }

    private mutating func checkLabel(_ label: Label, at path: String) {
        length(label.label, min: 1, max: MessageLimits.labelText, limit: "label.label", at: join(path, "label"), required: true)
        length(label.description, min: 1, max: MessageLimits.labelDescription, limit: "label.description", at: join(path, "description"))
        checkComponent(label.component, at: join(path, "component"))
    }

    /// A modal: custom_id, title, 1–5 top-level components.
    mutating func checkModal(_ modal: Modal, at path: String) {
        length(modal.customID, min: 1, max: MessageLimits.customID, limit: "custom_id", at: join(path, "custom_id"))
        length(modal.title, min: 1, max: MessageLimits.modalTitle, limit: "modal.title", at: join(path, "title"))
        let componentsPath = join(path, "components")
        count(modal.components.count, min: 1, max: MessageLimits.modalComponents, limit: "modal.components", at: componentsPath)
        for (index, component) in modal.components.enumerated() {
            checkComponent(component, at: "\(componentsPath)[\(index)]")
        }
        checkUniqueCustomIDs(modal.components, at: componentsPath)
    }

    private mutating func checkUniqueCustomIDs(_ components: [Component], at path: String) {
        var seen: [String: Int] = [:]
        var pending = components
        while let component = pending.popLast() {
            if let id = component.customID, !id.isEmpty, !(component.isLabel) { seen[id, default: 0] += 1 }
            pending.append(contentsOf: component.children)
        }
        for (id, uses) in seen.sorted(by: { $0.key < $1.key }) where uses > 1 {
            count(uses, max: 1, limit: "custom_id.uses(\(id))", at: path)
        }
    }

    private static func totalCount(_ components: [Component]) -> Int {
        components.reduce(0) { total, component in
            if case .unknown(_, let raw) = component { return total + 1 + rawChildren(raw) }
            return total + 1 + totalCount(component.children)
        }
    }

    /// Counts children of V2 containers and sections the module keeps as raw JSON.
    private static func rawChildren(_ raw: JSONValue) -> Int {
        var total = 0
        if case .array(let children)? = raw["components"] {
            total += children.count + children.reduce(0) { $0 + rawChildren($1) }
        }
        if let accessory = raw["accessory"] { total += 1 + rawChildren(accessory) }
        return total
    }
}

extension Component {
    /// True for a modal label (its custom_id is its child's, counted once).
    var isLabel: Bool {
        if case .label = self { true } else { false }
    }
}
