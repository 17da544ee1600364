#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension CommandError {
    /// 74 (`EX_IOERR`): standard output or standard error could not be written (a full disk, a
    /// closed descriptor, a broken pipe with SIGPIPE ignored).
    static let ioError: Int32 = 74
}

/// Checked writes to standard output and standard error. `FileHandle.write(_:)` traps when a write
/// fails; these report the failure instead, so that `rdfit … > /dev/full` or a closed stderr ends
/// with exit status 74 rather than a crash.
enum StandardStreams {
    /// Makes sure descriptors 0, 1 and 2 are open. A closed one (`2>&-`) is opened read-only on
    /// `/dev/null`: writes to it then fail and are reported, and no file rdfit opens later (the
    /// input, a plot's temporary file) can take its number and receive messages meant for the
    /// terminal.
    static func reserveDescriptors() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Writes every byte of `text` to `descriptor`, retrying after interrupted and short writes.
    /// - Returns: nil on success, else the `errno` of the failed write.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
    }

    /// The one-line error for a failed write to `name` ("standard output").
    static func failure(_ name: String, errorNumber: Int32) -> CommandError {
        CommandError(
            exitCode: CommandError.ioError,
            description:
                "\(name) cannot be written (\(String(cString: strerror(errorNumber)))); check the disk, the redirection or the pipe"
        )
    }
}
