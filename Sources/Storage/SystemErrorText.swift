#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns an errno value into text without Foundation, for `StorageError.io` messages.
enum SystemErrorText {
    /// The C library's description of `number`, with the number for searchability.
    static func describe(_ number: Int32) -> String {
        guard let text = strerror(number) else { return "errno \(number)" }
        return "\(String(cString: text)) (errno \(number))"
    }
}
