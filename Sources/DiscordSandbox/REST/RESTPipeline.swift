import DiscordModels

/// One HTTP exchange in transport-neutral form (the Hummingbird adapter converts to and from it).
struct HTTPExchange: Sendable {
    /// The request as received.
    struct Request: Sendable {
        let method: String
        let path: String
        let query: String?
        let headers: [(name: String, value: String)]
        let body: [UInt8]
    }

    /// The response to send.
    struct Response: Sendable {
        let status: Int
        let headers: [(name: String, value: String)]
        let body: [UInt8]
    }
}

/// The REST side: route matching, auth, scripted faults, rate-limit headers, handlers, recording.
struct RESTPipeline: Sendable {
    let world: RESTWorld
    let recorder: AwaitableLog<RecordedRequest>
    let faults: RouteFaultScript
    let rateLimits: RateLimitBook
    private let routes: [Route]
    private let clock = ContinuousClock()

    init(world: RESTWorld, recorder: AwaitableLog<RecordedRequest>, faults: RouteFaultScript) {
        self.world = world
        self.recorder = recorder
        self.faults = faults
        self.rateLimits = RateLimitBook(policy: world.configuration.rateLimit)
        self.routes = world.messageRoutes + world.interactionRoutes + world.webhookRoutes + world.memberRoutes
            + world.guildRoutes + world.applicationRoutes
    }

    /// Answers one request and records it.
    func respond(to request: HTTPExchange.Request) async -> HTTPExchange.Response {
        let receivedAt = clock.now
        let segments = request.path.split(separator: "/")
        let matched = routes.lazy.compactMap { route in
            route.template.match(method: request.method, pathSegments: segments).map { (route, $0) }
        }.first
        let json = request.body.isEmpty ? nil : WireJSON.value(request.body)
        let response: HTTPExchange.Response
        if let (route, parameters) = matched {
            response = await handle(request, json: json, route: route, parameters: parameters)
        } else {
            response = Self.render(DiscordFailure.notFound, headers: [])
        }
        await record(request, json: json, route: matched?.0.template.template, status: response.status, at: receivedAt)
        return response
    }

    private func handle(
        _ request: HTTPExchange.Request, json body: JSONValue?, route: Route, parameters: [String: String]
    ) async -> HTTPExchange.Response {
        let header = { (name: String) in request.headers.first { $0.name.lowercased() == name }?.value }
        if route.template.requiresAuth, header("authorization") != "Bot \(world.configuration.token)" {
            return Self.render(.unauthorized, headers: [])
        }
        let window = await rateLimits.admit(route: route.template, major: route.template.majorParameter(in: parameters))
        let limitHeaders = Self.headers(for: window)
        if let early = await applyFault(route: route.template, limitHeaders: limitHeaders) { return early }
        if window.exceeded {
            return Self.rateLimited(retryAfter: window.resetAfter, global: false, scope: "user", limitHeaders: limitHeaders)
        }
        if !request.body.isEmpty, body == nil { return Self.render(.invalidJSON, headers: limitHeaders) }
        let call = RESTCall(route: route.template, parameters: parameters, query: Self.query(request.query),
                            body: body, auditReason: header("x-audit-log-reason").map(Self.percentDecoded))
        do {
            let reply = try await route.handler(call)
            return HTTPExchange.Response(status: reply.status, headers: limitHeaders + Self.jsonHeader,
                                         body: reply.body.map(WireJSON.bytes) ?? [])
        } catch let failure as DiscordFailure {
            return Self.render(failure, headers: limitHeaders)
        } catch {
            return Self.render(DiscordFailure(status: 500, code: 0, message: "500: Internal Server Error"), headers: limitHeaders)
        }
    }

    /// Applies the next scripted fault for this route: a delay falls through, others answer now.
    private func applyFault(route: RouteTemplate, limitHeaders: [(name: String, value: String)]) async -> HTTPExchange.Response? {
        guard let fault = await faults.take(method: route.method, route: route.template) else { return nil }
        switch fault {
        case .delay(let duration):
            try? await Task.sleep(for: duration)
            return nil
        case .rateLimited(let retryAfter, let global, let scope):
            return Self.rateLimited(retryAfter: retryAfter, global: global, scope: scope, limitHeaders: global ? [] : limitHeaders)
        case .serverError(let status):
            let failure = DiscordFailure(status: status, code: 0, message: "\(status): Bad Gateway")
            return Self.render(failure, headers: limitHeaders)
        }
    }

    private func record(
        _ request: HTTPExchange.Request, json: JSONValue?, route: String?, status: Int, at receivedAt: ContinuousClock.Instant
    ) async {
        var headers: [String: String] = [:]
        for (name, value) in request.headers where name.lowercased() != "authorization" {
            headers[name.lowercased()] = value
        }
        let raw = request.body.isEmpty || json != nil ? nil : String(decoding: request.body, as: UTF8.self)
        let hadAuthorization = request.headers.contains { $0.name.lowercased() == "authorization" }
        await recorder.append { sequence in
            RecordedRequest(sequence: sequence, receivedAt: receivedAt, method: request.method, route: route ?? request.path,
                            path: request.path, query: request.query, headers: headers, hadAuthorization: hadAuthorization,
                            body: json, rawBody: raw, bodyBytes: request.body, status: status)
        }
    }
}
