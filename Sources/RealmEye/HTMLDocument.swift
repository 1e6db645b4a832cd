import CLibXML2
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

    /// Parses `bytes` leniently (RealmEye's HTML is not well-formed); nil when libxml2 yields no tree.
    init?(_ bytes: Data) {
        guard !bytes.isEmpty else { return nil }
        let parsed: htmlDocPtr? = bytes.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", clibxml2_html_options())
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The nodes `xpath` selects (relative to `node` when given), in document order.
    func nodes(_ xpath: String, in node: xmlNodePtr? = nil) -> [xmlNodePtr] {
        guard let context = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(context) }
        if let node { context.pointee.node = node }
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
    }

    /// Whether `xpath` selects anything.
    func exists(_ xpath: String, in node: xmlNodePtr? = nil) -> Bool { !nodes(xpath, in: node).isEmpty }

    /// The text content of `node` with runs of whitespace collapsed and the ends trimmed.
    func text(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
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
