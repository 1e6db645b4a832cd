#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DiscordModels
import NIOCore

/// Translates between wire frames (DiscordModels) and the state machine's events.
enum GatewayFrameCodec {
    /// Discord closes the socket with 4002 when a sent payload is larger.
    static let maxPayloadSize = 4096

    /// Decodes one inflated frame; a broken envelope becomes `.undecodable`, never an error.
    static func decode(_ payload: ByteBuffer) -> DecodedGatewayFrame {
        do {
            return .message(try GatewayMessage.decode(Data(payload.readableBytesView)))
        } catch {
            return .undecodable("\(error)")
        }
    }

    /// The state machine's view of a message; nil for opcodes it does not act on.
    static func event(for message: GatewayMessage) -> GatewayEvent? {
        switch message {
        case .hello(let hello): .hello(heartbeatInterval: .milliseconds(hello.heartbeatInterval))
        case .heartbeatACK: .heartbeatACK
        case .heartbeatRequest: .heartbeatRequested
        case .reconnect: .reconnectRequested
        case .invalidSession(let resumable): .invalidSession(resumable: resumable)
        case .dispatch(let sequence, .ready(let ready)):
            .ready(sessionID: ready.sessionID, resumeURL: ready.resumeGatewayURL, sequence: sequence)
        case .dispatch(let sequence, .resumed): .resumed(sequence: sequence)
        case .dispatch(let sequence, _): .dispatch(sequence: sequence)
        case .unknown: nil
        }
    }

    /// The IDENTIFY frame.
    static func identify(_ configuration: GatewayConfiguration) -> String {
        let payload = Identify(token: configuration.token, intents: configuration.intents,
                               properties: configuration.properties, presence: configuration.presence)
        return text(of: .identify(payload))
    }

    /// The RESUME frame.
    static func resume(token: String, sessionID: String, sequence: Int) -> String {
        text(of: .resume(Resume(token: token, sessionID: sessionID, seq: sequence)))
    }

    /// The heartbeat frame.
    static func heartbeat(sequence: Int?) -> String {
        text(of: .heartbeat(Heartbeat(sequence: sequence)))
    }

    /// Any command as a text frame; our own payload types always encode.
    static func text(of command: GatewayCommand) -> String {
        do {
            return String(decoding: try command.encoded(), as: UTF8.self)
        } catch {
            // The error is not printed: it could quote the payload, which holds the token.
            preconditionFailure("gateway command failed to encode")
        }
    }
}

extension IdentifyBudget {
    /// The budget from `/gateway/bot`'s `session_start_limit` (milliseconds to `Duration`).
    init(_ limit: SessionStartLimit) {
        self.init(total: limit.total, remaining: limit.remaining,
                  resetAfter: .milliseconds(limit.resetAfter), maxConcurrency: limit.maxConcurrency)
    }
}
