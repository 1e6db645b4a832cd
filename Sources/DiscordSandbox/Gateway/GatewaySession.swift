/// One gateway session: its sequence counter and the dispatches it was sent, kept for RESUME replay.
struct GatewaySession: Sendable {
    let id: String
    let intents: UInt64
    var sequence = 0
    var sent: [(sequence: Int, frame: String)] = []
    var connection: Int?

    init(id: String, intents: UInt64, connection: Int) {
        self.id = id
        self.intents = intents
        self.connection = connection
    }

    /// Whether a dispatch gated by `intent` reaches this session (nil: always sent).
    func receives(intent: UInt64?) -> Bool {
        guard let intent else { return true }
        return intents & intent != 0
    }
}
