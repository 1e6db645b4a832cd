import DiscordModels

/// Reads what a view drew, for view tests.
public enum ComponentTree {
    /// Every custom_id in `components` and their children, depth first.
    public static func customIDs(_ components: [Component]) -> [String] {
        components.flatMap { component -> [String] in
            (component.customID.map { [$0] } ?? []) + customIDs(component.children)
        }
    }
}
