extension KeyedDecodingContainer {
    /// An optional field that is dropped (nil) when present but malformed, so a cosmetic field
    /// changing type cannot fail the event around it.
    func soft<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
        (try? decodeIfPresent(T.self, forKey: key)) ?? nil
    }

    /// An array whose malformed elements are dropped; nil when absent or not an array.
    func lossy<T: Decodable>(_ type: [T].Type, forKey key: Key) -> [T]? {
        guard let items = try? decodeIfPresent([Lossy<T>].self, forKey: key) else { return nil }
        return items.compactMap(\.value)
    }
}

/// One array element decoded leniently: nil when it does not decode.
struct Lossy<T: Decodable>: Decodable {
    /// The element, if it decoded.
    let value: T?

    init(from decoder: any Decoder) throws {
        value = try? T(from: decoder)
    }
}
