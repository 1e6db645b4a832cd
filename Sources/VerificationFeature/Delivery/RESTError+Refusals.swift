import DiscordREST

/// How verification reads Discord's refusals: a target that is gone, and a refusal retrying cannot fix.
extension RESTError {
    /// Discord answered 403 or 404: the channel, message or member is gone or out of the bot's sight.
    var isUnknownTarget: Bool {
        if case .http(let status, _) = kind { return status == 404 || status == 403 }
        return false
    }

    /// Discord refused the request for good (4xx other than rate limits): retrying cannot help.
    var isClientRefusal: Bool {
        if case .http(let status, _) = kind { return (400..<500).contains(status) && status != 429 }
        return false
    }
}
