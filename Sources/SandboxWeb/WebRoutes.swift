import DiscordModels
import DiscordSandbox
import Hummingbird

/// The page's URLs: `/` and `/web/*` assets, `/web/api/*` JSON, and `/web/api/events` (SSE).
/// Every endpoint acting as a member takes its id as `as` (query or body).
struct WebRoutes: Sendable {
    let site: SandboxSite

    func register(on router: Router<SandboxRequestContext>) {
        router.get("/") { _, _ in Self.asset(WebAssets.html, "text/html; charset=utf-8") }
        router.get("/web/app.css") { _, _ in Self.asset(WebAssets.css, "text/css; charset=utf-8") }
        router.get("/web/app.js") { _, _ in Self.asset(WebAssets.javascript, "text/javascript; charset=utf-8") }
        router.get("/web/api/state") { request, _ in try await state(request) }
        router.get("/web/api/channels/:channel/messages") { request, context in
            guard let channel = context.parameters.get("channel").flatMap({ Snowflake(String($0)) }) else {
                throw HTTPError(.badRequest, message: "channel should be a snowflake.")
            }
            return WebJSON.response(.array(try await view(request).messages(in: channel)))
        }
        router.get("/web/api/events") { request, _ in EventStream(site: site, view: try view(request)).response() }
        for name in WebActions.names {
            router.post(RouterPath("/web/api/" + name)) { request, _ in
                let body = try await WebJSON.body(request)
                let actions = WebActions(sandbox: try site.sandbox(), catalog: site.catalog, realmEye: site.realmEye,
                                         forms: site.forms)
                return try await Self.reporting { try await actions.perform(name, body) }
            }
        }
    }

    /// Runs an action, turning the stand-in's own errors (a timeout, the bot not connected) into
    /// an answer the page shows, instead of a bare 500.
    static func reporting(_ action: () async throws -> Response) async throws -> Response {
        do {
            return try await action()
        } catch let error as HTTPError {
            throw error
        } catch {
            return WebActions.problem("\(error)")
        }
    }

    /// Who is looking (`?as=`), over the attached stand-in.
    func view(_ request: Request) throws -> GuildView {
        GuildView(sandbox: try site.sandbox(), viewer: request.uri.queryParameters["as"].flatMap { Snowflake(String($0)) })
    }

    /// The directory plus what the page needs once: the registered commands, the tour, defaults.
    func state(_ request: Request) async throws -> Response {
        let view = try view(request)
        let guild = view.sandbox.guild
        var object = await view.directory().asObject ?? [:]
        let commands = await guild.registeredCommands(scope: "guild:\(guild.id)") + guild.registeredCommands(scope: "global")
        object["commands"] = .array(commands)
        object["tour"] = .array(site.tour.map(JSONValue.string))
        object["boot"] = .string(site.bootID)
        object["defaultChannel"] = await guild.channel(named: "raid-commands").map { WebJSON.id($0.id) } ?? .null
        object["defaultMember"] = .string("leader_lee")
        return WebJSON.response(.object(object))
    }

    static func asset(_ text: String, _ type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
