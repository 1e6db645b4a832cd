/// The parts every outgoing message body shares, so one set of limit checks covers create, edit,
/// webhook and interaction bodies.
public protocol OutgoingMessage: Encodable, Sendable {
    /// Text content (≤2000).
    var content: String? { get }
    /// Embeds (≤10, total ≤6000 counted characters).
    var embeds: [Embed]? { get }
    /// Components (≤5 legacy rows, or ≤40 with Components V2).
    var components: [Component]? { get }
    /// Who may be pinged.
    var allowedMentions: AllowedMentions? { get }
    /// Message flags.
    var flags: MessageFlags? { get }
}
