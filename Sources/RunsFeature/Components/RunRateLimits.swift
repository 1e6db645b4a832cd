import BotKit

/// The rate limits of run panels (§10.4), declared by the feature that owns the buttons. Headcount
/// panels share them: a headcount join counts against the same bucket as a run join.
public enum RunRateLimits {
    /// Join/leave/class: 3 per 10 s.
    public static let participationPreset = RateLimitPreset(
        name: "BUTTON_RUN_PARTICIPATION", maximum: 3, window: .seconds(10),
        message: "⏳ You're joining and leaving too quickly.")
    /// Key reactions: 4 per 12 s.
    public static let keyReactionPreset = RateLimitPreset(
        name: "BUTTON_KEY_REACTION", maximum: 4, window: .seconds(12), message: "⏳ You're reacting with keys too quickly.")
    /// Key popped: 1 per 20 s.
    public static let keyPoppedPreset = RateLimitPreset(
        name: "BUTTON_KEY_POPPED", maximum: 1, window: .seconds(20), message: "⏳ A key was just popped.")
    /// Organizer panels: 6 per 10 s.
    public static let organizerPanelPreset = RateLimitPreset(
        name: "BUTTON_ORGANIZER_PANEL", maximum: 6, window: .seconds(10),
        message: "⏳ You're using the organizer panel too quickly.")

    /// Join, leave and class of every run and headcount: one bucket per member.
    public static let participation = RateLimit("run:participation", participationPreset)
    /// A run's key buttons.
    public static let keyReaction = RateLimit("run:key:reaction", keyReactionPreset)
    /// Key Popped.
    public static let keyPop = RateLimit("run:keypop", keyPoppedPreset)
    /// The organizer panel's buttons.
    public static let organizerPanel = RateLimit("run:organizer", organizerPanelPreset)
}
