/// A scripted failure for the next matching REST request(s).
public enum RouteFault: Sendable, Hashable {
    /// Answer 429 with `retry_after` (seconds), the `global` flag and `X-RateLimit-Scope`.
    case rateLimited(retryAfter: Double, global: Bool = false, scope: String = "user")
    /// Answer with a 5xx status (e.g. 502 "no gateway available").
    case serverError(status: Int = 502)
    /// Wait this long, then handle the request normally (a slow Discord).
    case delay(Duration)
}

/// Where a scripted fault applies: one method and route template, or every request.
public struct RouteSelector: Sendable, Hashable {
    /// The HTTP method, or nil for any.
    public var method: String?
    /// The route template (e.g. `/channels/{channel.id}/messages`), or nil for any.
    public var route: String?

    /// Selects requests with this method and route template (nil matches anything).
    public init(method: String? = nil, route: String? = nil) {
        self.method = method
        self.route = route
    }

    /// Every request.
    public static let any = RouteSelector()

    func matches(method: String, route: String) -> Bool {
        (self.method == nil || self.method == method) && (self.route == nil || self.route == route)
    }
}

/// The queue of scripted faults, consumed one per matching request in the order injected.
actor RouteFaultScript {
    private var entries: [(selector: RouteSelector, fault: RouteFault, remaining: Int)] = []

    func inject(_ fault: RouteFault, on selector: RouteSelector, count: Int) {
        entries.append((selector, fault, count))
    }

    func take(method: String, route: String) -> RouteFault? {
        guard let index = entries.firstIndex(where: { $0.selector.matches(method: method, route: route) }) else {
            return nil
        }
        let fault = entries[index].fault
        entries[index].remaining -= 1
        if entries[index].remaining <= 0 { entries.remove(at: index) }
        return fault
    }

    func clear() { entries.removeAll() }
}
