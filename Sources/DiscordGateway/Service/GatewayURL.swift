/// Builds the gateway connection URL: Discord requires the same `v`/`encoding`/`compress` on resume URLs too.
enum GatewayURL {
    /// The gateway API version this client speaks.
    static let version = 10

    /// `base` (from `/gateway/bot` or READY's `resume_gateway_url`) with this client's query.
    static func connectionURL(base: String, compress: Bool) -> String {
        var url = String(base.split(separator: "?", maxSplits: 1).first ?? "")
        let afterScheme = url.split(separator: "://", maxSplits: 1).last ?? ""
        if !afterScheme.contains("/") {
            url += "/"
        }
        var query = "v=\(version)&encoding=json"
        if compress {
            query += "&compress=zlib-stream"
        }
        return url + "?" + query
    }
}
