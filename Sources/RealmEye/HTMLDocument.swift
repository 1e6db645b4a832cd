internal import CLibXML2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A parsed HTML page and XPath over it: the one place that touches libxml2's C API. Reading a page
/// through a real parser (never by scanning its text) is what survives RealmEye's markup changes.
///
/// `@unchecked Sendable` is not claimed: a document lives inside one parse call and is freed there.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Why libxml2 cannot be loaded (it is opened on first use, not linked), or nil when it can.
    static var parserUnavailableReason: String? { clibxml2_load().map { String(cString: $0) } }

    /// Parses `bytes` leniently (RealmEye's HTML is not well-formed); nil when libxml2 yields no
    /// tree. Check `parserUnavailableReason` first.
    init?(_ bytes: Data) {
        guard !bytes.isEmpty, clibxml2_load() == nil else { return nil }
        let parsed: htmlDocPtr? = bytes.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in clibxml2_read_html(chars.baseAddress, Int32(chars.count)) }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { clibxml2_free_doc(document) }

    /// The nodes `xpath` selects (relative to `node` when given), in document order.
    func nodes(_ xpath: String, in node: xmlNodePtr? = nil) -> [xmlNodePtr] {
        guard let context = clibxml2_xpath_context(document) else { return [] }
        defer { clibxml2_free_xpath_context(context) }
        if let node { context.pointee.node = node }
        guard let result = clibxml2_xpath_eval(xpath, context) else { return [] }
        defer { clibxml2_free_xpath_object(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
    }

    /// Whether `xpath` selects anything.
    func exists(_ xpath: String, in node: xmlNodePtr? = nil) -> Bool { !nodes(xpath, in: node).isEmpty }

    /// The text content of `node` with runs of whitespace collapsed and the ends trimmed.
    func text(of node: xmlNodePtr) -> String {
        guard let content = clibxml2_node_content(node) else { return "" }
        defer { clibxml2_free(content) }
        return Self.collapsed(String(cString: content))
    }

    /// The collapsed text of each node `xpath` selects.
    func texts(_ xpath: String, in node: xmlNodePtr? = nil) -> [String] {
        nodes(xpath, in: node).map { text(of: $0) }
    }

    /// The collapsed text of the first node `xpath` selects, if any.
    func firstText(_ xpath: String, in node: xmlNodePtr? = nil) -> String? {
        nodes(xpath, in: node).first.map { text(of: $0) }
    }

    /// Whitespace (spaces, tabs, newlines, no-break spaces) collapsed to single spaces, ends trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
