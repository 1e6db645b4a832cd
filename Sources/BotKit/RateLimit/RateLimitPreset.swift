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

    /// Every other command: 5 per 10 s.
    public static let commandDefault = RateLimitPreset(name: "COMMAND_DEFAULT", maximum: 5, window: .seconds(10),
                                                       message: "⏳ You're using commands too quickly.")
    /// Heavy reads (`stats`, `leaderboard`, `find`): 3 per 15 s.
    public static let commandHeavy = RateLimitPreset(name: "COMMAND_HEAVY", maximum: 3, window: .seconds(15),
                                                     message: "⏳ This command is resource-intensive.")
    /// Configuration commands: 2 per 5 s.
    public static let commandConfig = RateLimitPreset(name: "COMMAND_CONFIG", maximum: 2, window: .seconds(5),
                                                      message: "⏳ Please slow down with configuration changes.")
    /// `help` and `ping`: 10 per 15 s.
    public static let commandInfo = RateLimitPreset(name: "COMMAND_INFO", maximum: 10, window: .seconds(15),
                                                    message: "⏳ You're using commands too quickly.")
    /// `/purge`: 3 per 60 s.
    public static let purge = RateLimitPreset(name: "PURGE", maximum: 3, window: .seconds(60),
                                              message: "⏳ You can only purge 3 times per minute.")
    /// Every other button: 5 per 8 s.
    public static let buttonDefault = RateLimitPreset(name: "BUTTON_DEFAULT", maximum: 5, window: .seconds(8),
                                                      message: "⏳ You're clicking buttons too quickly.")
    /// Join/leave (`run:participation`): 3 per 10 s.
    public static let buttonRunParticipation = RateLimitPreset(
        name: "BUTTON_RUN_PARTICIPATION", maximum: 3, window: .seconds(10),
        message: "⏳ You're joining and leaving too quickly.")
    /// Key reactions: 4 per 12 s.
    public static let buttonKeyReaction = RateLimitPreset(name: "BUTTON_KEY_REACTION", maximum: 4, window: .seconds(12),
                                                          message: "⏳ You're reacting with keys too quickly.")
    /// Verification buttons: 2 per 30 s.
    public static let buttonVerification = RateLimitPreset(
        name: "BUTTON_VERIFICATION", maximum: 2, window: .seconds(30),
        message: "⏳ Please wait before trying verification again.")
    /// Organizer panels: 6 per 10 s.
    public static let buttonOrganizerPanel = RateLimitPreset(
        name: "BUTTON_ORGANIZER_PANEL", maximum: 6, window: .seconds(10),
        message: "⏳ You're using the organizer panel too quickly.")
    /// Configuration panels: 6 per 10 s.
    public static let buttonConfigPanel = RateLimitPreset(name: "BUTTON_CONFIG_PANEL", maximum: 6, window: .seconds(10),
                                                          message: "⏳ You're using the config panel too quickly.")
    /// Modmail buttons: 3 per 15 s.
    public static let buttonModmail = RateLimitPreset(name: "BUTTON_MODMAIL", maximum: 3, window: .seconds(15),
                                                      message: "⏳ Please slow down with modmail actions.")
    /// Key popped: 1 per 20 s.
    public static let buttonKeyPopped = RateLimitPreset(name: "BUTTON_KEY_POPPED", maximum: 1, window: .seconds(20),
                                                        message: "⏳ A key was just popped.")
    /// Ping raiders: 1 per 20 s.
    public static let buttonPingRaiders = RateLimitPreset(name: "BUTTON_PING_RAIDERS", maximum: 1, window: .seconds(20),
                                                          message: "⏳ Raiders were just pinged.")
}
