import DiscordSandbox
import Testing

@Suite("Sandbox lifecycle")
struct LifecycleTests {
    @Test("A port already in use fails start with startFailed instead of hanging")
    func busyPortFailsStart() async throws {
        try await DiscordSandbox.withSandbox { first in
            let error = await #expect(throws: SandboxError.self) {
                try await DiscordSandbox.start(SandboxConfiguration(port: first.port))
            }
            #expect(error?.code == .startFailed)
        }
    }

    @Test("start/stop: the URLs name the bound port and a stopped sandbox refuses connections")
    func startAndStop() async throws {
        let sandbox = try await DiscordSandbox.start()
        #expect(sandbox.port > 0)
        #expect(sandbox.apiBase == "http://127.0.0.1:\(sandbox.port)/api/v10")
        #expect(sandbox.gatewayURL == "ws://127.0.0.1:\(sandbox.port)/gateway")
        #expect(try await rest(sandbox, "GET", "/users/@me").status == 200)
        await sandbox.stop()
        await #expect(throws: (any Error).self) { try await rest(sandbox, "GET", "/users/@me") }
    }
}
