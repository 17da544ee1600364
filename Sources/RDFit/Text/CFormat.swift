#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// printf-style formatting by the C library's `vsnprintf`, for the numeric conversions rdfit's
/// messages and reports use (`%.4g`, `%.2f`, `%+.2f`, `%e`, `%d`): Foundation's `String(format:)`
/// without loading Foundation. Swift programs never call `setlocale`, so the C locale applies and
/// the decimal point is always ".".
package enum CFormat {
    /// `format` applied to `arguments`, e.g. `CFormat.string("%.3g", 0.12345)` is "0.123".
    package static func string(_ format: String, _ arguments: any CVarArg...) -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        let needed = Int(withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) })
        if needed >= buffer.count {
            buffer = [CChar](repeating: 0, count: needed + 1)
            _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
        }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
