#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DiscordModels
import NIOCore
import Testing
@testable import DiscordGateway

@Suite("GatewayFrameCodec: wire frames to state machine events")
struct GatewayFrameCodecTests {
    static func event(_ json: String) -> GatewayEvent? {
        guard case .message(let message) = GatewayFrameCodec.decode(ByteBuffer(string: json)) else { return nil }
        return GatewayFrameCodec.event(for: message)
    }

    @Test(arguments: [
        (#"{"op":10,"d":{"heartbeat_interval":41250},"s":null,"t":null}"#, GatewayEvent.hello(heartbeatInterval: .milliseconds(41_250))),
        (#"{"op":11}"#, .heartbeatACK),
        (#"{"t":null,"s":null,"op":1,"d":null}"#, .heartbeatRequested),
        (#"{"op":7,"d":null}"#, .reconnectRequested),
        (#"{"op":9,"d":true}"#, .invalidSession(resumable: true)),
        (#"{"op":9,"d":false}"#, .invalidSession(resumable: false)),
        (#"{"op":0,"t":"RESUMED","s":12,"d":{}}"#, .resumed(sequence: 12)),
        (#"{"op":0,"t":"SOMETHING_NEW","s":13,"d":{"x":1}}"#, .dispatch(sequence: 13)),
    ])
    func framesBecomeEvents(json: String, expected: GatewayEvent) {
        #expect(Self.event(json) == expected)
    }

    @Test func readyCarriesSessionResumeURLAndSequence() {
        let json = #"""
        {"op":0,"t":"READY","s":1,"d":{"v":10,"user":{"id":"1","username":"raidbot","discriminator":"0","bot":true},
        "guilds":[{"id":"2","unavailable":true}],"session_id":"abc","resume_gateway_url":"wss://resume.test",
        "application":{"id":"1","flags":0},"extra":"ignored"}}
        """#
        #expect(Self.event(json) == .ready(sessionID: "abc", resumeURL: "wss://resume.test", sequence: 1))
    }

    @Test func brokenFramesAreReportedNotThrown() {
        guard case .undecodable = GatewayFrameCodec.decode(ByteBuffer(string: "not json")) else {
            Issue.record("expected undecodable")
            return
        }
    }

    @Test func identifyCarriesIntentsAndFitsDiscordsPayloadLimit() throws {
        let frame = GatewayFrameCodec.identify(GatewayConfiguration(token: "secret.token", intents: .raidBot))
        #expect(frame.utf8.count <= GatewayFrameCodec.maxPayloadSize)
        guard case .identify(let identify) = try GatewayCommand.decode(Data(frame.utf8)) else {
            Issue.record("not an identify")
            return
        }
        #expect(identify.intents == .raidBot)
        #expect(identify.token == "secret.token")
    }

    @Test func heartbeatAndResumeFrames() throws {
        #expect(GatewayFrameCodec.heartbeat(sequence: nil).contains(#""d":null"#))
        guard case .resume(let resume) = try GatewayCommand.decode(Data(GatewayFrameCodec.resume(token: "t", sessionID: "s", sequence: 9).utf8)) else {
            Issue.record("not a resume")
            return
        }
        #expect(resume.sessionID == "s" && resume.seq == 9)
    }

    @Test func configurationAndErrorsNeverShowTheToken() {
        let configuration = GatewayConfiguration(token: "secret.token")
        #expect(!"\(configuration)".contains("secret"))
        #expect(!"\(GatewayError(.stopped(.authenticationFailed)))".contains("secret"))
    }
}
