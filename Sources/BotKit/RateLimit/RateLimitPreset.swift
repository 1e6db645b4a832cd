/// A rate-limit preset of §10.4: at most `maximum` uses per `window`, per user and identifier.
public struct RateLimitPreset: Hashable, Sendable {
    /// Preset name, for logs.
    public let name: String
    /// Uses allowed inside one window.
    public let maximum: Int
    /// The sliding window.
    public let window: Duration
    /// The first line the member sees when refused.
    public let message: String

    /// Declares a preset.
    public init(name: String, maximum: Int, window: Duration, message: String) {
        precondition(maximum > 0, "a preset must allow at least one use")
        self.name = name
        self.maximum = maximum
        self.window = window
        self.message = message
    }

    /// Every command that declares nothing else: 5 per 10 s (§10.4).
    public static let commandDefault = RateLimitPreset(name: "COMMAND_DEFAULT", maximum: 5, window: .seconds(10),
                                                       message: "⏳ You're using commands too quickly.")
    /// Heavy reads (statistics, leaderboards, lookups): 3 per 15 s.
    public static let commandHeavy = RateLimitPreset(name: "COMMAND_HEAVY", maximum: 3, window: .seconds(15),
                                                     message: "⏳ This command is resource-intensive.")
    /// Configuration commands: 2 per 5 s.
    public static let commandConfig = RateLimitPreset(name: "COMMAND_CONFIG", maximum: 2, window: .seconds(5),
                                                      message: "⏳ Please slow down with configuration changes.")
    /// Informational commands: 10 per 15 s.
    public static let commandInfo = RateLimitPreset(name: "COMMAND_INFO", maximum: 10, window: .seconds(15),
                                                    message: "⏳ You're using commands too quickly.")
    /// Every button that declares nothing else: 5 per 8 s.
    public static let buttonDefault = RateLimitPreset(name: "BUTTON_DEFAULT", maximum: 5, window: .seconds(8),
                                                      message: "⏳ You're clicking buttons too quickly.")
    /// Configuration panels: 6 per 10 s.
    public static let buttonConfigPanel = RateLimitPreset(name: "BUTTON_CONFIG_PANEL", maximum: 6, window: .seconds(10),
                                                          message: "⏳ You're using the config panel too quickly.")
}

/// What a component route counts against: the logical identifier shared by the buttons that count
/// together (Join and Leave of every run share one), and the preset that limits it. Declared by the
/// feature that owns the route; BotKit never guesses it from the id.
public struct RateLimit: Hashable, Sendable {
    /// The bucket's logical identifier, e.g. `run:participation`.
    public let identifier: String
    /// How many uses per window.
    public let preset: RateLimitPreset

    /// Declares a limit.
    public init(_ identifier: String, _ preset: RateLimitPreset) {
        self.identifier = identifier
        self.preset = preset
    }
}
