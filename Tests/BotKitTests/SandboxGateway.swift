import DiscordModels
import DiscordSandbox
import HummingbirdWSClient
import Logging

/// Holds a gateway session open on the sandbox (it only sends INTERACTION_CREATE to a connected bot);
/// the test reads each interaction from the sandbox's handle and feeds it to the router itself.
func withSandboxSession(_ sandbox: DiscordSandbox, _ body: @escaping @Sendable () async throws -> Void) async throws {
    let configuration = WebSocketClientConfiguration(maxFrameSize: 1 << 24)
    let token = sandbox.configuration.token
    _ = try await WebSocketClient.connect(url: sandbox.gatewayURL + "?v=10&encoding=json", configuration: configuration,
                                          logger: Logger(label: "test.gateway")) { inbound, outbound, _ in
        var frames = inbound.messages(maxSize: 1 << 24).makeAsyncIterator()
        _ = try await frames.next()  // HELLO
        try await outbound.write(.text("""
            {"op":2,"d":{"token":"\(token)","intents":4099,"properties":{"os":"linux","browser":"test","device":"test"}}}
            """))
        while let frame = try await frames.next() {
            if case .text(let text) = frame, text.contains("\"READY\"") { break }
        }
        try await body()
        try await outbound.close(.normalClosure, reason: "test done")
    }
}
