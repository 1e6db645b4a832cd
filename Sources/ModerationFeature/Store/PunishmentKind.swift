import BotKit
import RaidDomain

/// The punishments the table stores (`punishment.type`): a warning, or a timed suspension or mute
/// that carries a mapped role while it lasts.
enum PunishmentKind: String, CaseIterable, Hashable, Sendable {
    /// A warning: no role, no expiry.
    case warn
    /// A suspension: the suspended role; runs refuse the member while it lasts.
    case suspend
    /// A mute: the muted role.
    case mute

    /// The mapped role the punishment carries, if any.
    var role: GuildRole? {
        switch self {
        case .warn: nil
        case .suspend: .suspended
        case .mute: .muted
        }
    }

    /// The accepted durations (§1.2), nil for warnings.
    var durationRule: DurationRule? {
        switch self {
        case .warn: nil
        case .suspend: .suspension
        case .mute: .mute
        }
    }

    /// "Suspension", "Mute", "Warning".
    var noun: String {
        switch self {
        case .warn: "Warning"
        case .suspend: "Suspension"
        case .mute: "Mute"
        }
    }

    /// "suspended", "muted", "warned".
    var pastTense: String {
        switch self {
        case .warn: "warned"
        case .suspend: "suspended"
        case .mute: "muted"
        }
    }
}
