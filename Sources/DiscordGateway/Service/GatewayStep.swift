/// One turn of the run loop, reported after its actions were carried out: the event, the clock time the
/// state machine saw, and its decisions. Tests on a manual clock wait for a step (a heartbeat ACK handled,
/// a reconnect delayed) before advancing time, so virtual time never races the bot.
struct GatewayStep: Sendable, Hashable {
    /// What the loop fed to the state machine.
    let event: GatewayEvent
    /// The clock time it was handled at; relative waits in `actions` count from here.
    let at: Duration
    /// What the state machine decided.
    let actions: [GatewayAction]
}
