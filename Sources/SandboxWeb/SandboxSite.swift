import BotKit
import DiscordModels
import DiscordSandbox
import Hummingbird
import SandboxConsole
import Synchronization

/// The browser UI of `raidbot sandbox --web`: a single page and the JSON and server-sent-event
/// endpoints it uses, mounted on the stand-in's own loopback server (`SandboxConfiguration.routes`).
///
/// The routes exist before the stand-in does (they are part of its server), so the site is told
/// about the running sandbox afterwards with `attach`; until then every endpoint answers 503.
public final class SandboxSite: Sendable {
    /// The bot's command catalog, for typing command options exactly as the console does.
    let catalog: CommandCatalog
    /// The guided tour's lines (`docs/sandbox-tour.txt`), played into the page one by one.
    let tour: [String]
    /// The forms the bot opened, shared by the page's requests (`submit <title> …` lines fill them in).
    let forms = ConsoleForms()
    /// Changes on every start, so a page sees a restart under it and reloads its state.
    let bootID: String
    private let state = Mutex<(sandbox: DiscordSandbox?, realmEye: RealmEyeStandIn?, closed: Bool)>((nil, nil, false))

    /// A site for a bot whose slash commands `catalog` declares, offering `tour` as the guided tour.
    public init(catalog: CommandCatalog, tour: [String]) {
        self.catalog = catalog
        self.tour = tour
        self.bootID = String(UInt64.random(in: 1 ... .max), radix: 36)
    }

    /// Adds the page, its assets and its API to the stand-in's router (pass as `SandboxConfiguration.routes`).
    public func mount(on router: Router<SandboxRequestContext>) {
        WebRoutes(site: self).register(on: router)
    }

    /// The running stand-in the endpoints act on, and the RealmEye stand-in `realmeye …` lines edit.
    public func attach(_ sandbox: DiscordSandbox, realmEye: RealmEyeStandIn? = nil) {
        state.withLock {
            $0.sandbox = sandbox
            $0.realmEye = realmEye
        }
    }

    /// The attached RealmEye stand-in, if any.
    var realmEye: RealmEyeStandIn? { state.withLock { $0.realmEye } }

    /// Ends every open event stream (within one keep-alive interval), so the server can stop.
    public func close() {
        state.withLock { $0.closed = true }
    }

    var isClosed: Bool { state.withLock { $0.closed } }

    /// The attached stand-in, or a 503 for a page that asks too early.
    func sandbox() throws -> DiscordSandbox {
        guard let sandbox = state.withLock({ $0.sandbox }) else {
            throw HTTPError(.serviceUnavailable, message: "The sandbox is still starting.")
        }
        return sandbox
    }
}
