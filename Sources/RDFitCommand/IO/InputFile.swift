import RDFit

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

/// Reads a data file named on the command line, turning every failure into a one-line error.
/// The name `-` reads standard input, with the same size limit, and errors then name `<stdin>`.
enum InputFile {
    /// The largest file rdfit reads (a yearly series is a few kilobytes; this leaves room for
    /// monthly data and the 10^6-row stress test).
    static let maximumBytes = 256 << 20

    /// The file name that reads standard input.
    static let standardInputName = "-"

    /// How errors and reports name the input: `<stdin>` for `-`, else the path as given.
    static func displayName(_ path: String) -> String {
        path == standardInputName ? "<stdin>" : path
    }

    /// The path of a real file to protect from being overwritten, or nil for standard input.
    static func filePath(_ path: String) -> String? {
        path == standardInputName ? nil : path
    }

    static func read(_ path: String) throws -> [UInt8] {
        if path == standardInputName { return try bounded(descriptor: STDIN_FILENO, name: displayName(path)) }
        guard !path.isEmpty else {
            throw CommandError(
                exitCode: CommandError.noInput,
                description: "the file name is empty; name a CSV file, e.g. Data/computer-vision.csv")
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw CommandError(
                exitCode: CommandError.noInput,
                description:
                    "\(path): no such file; check the path (bundled data is in Data/, e.g. Data/computer-vision.csv)")
        }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            throw CommandError(
                exitCode: CommandError.noInput, description: "\(path): is a directory; name a CSV file inside it")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CommandError(
                exitCode: CommandError.noInput,
                description: "\(path): cannot be opened for reading; check its permissions")
        }
        defer { close(descriptor) }
        return try bounded(descriptor: descriptor, name: path)
    }

    /// At most `limit` bytes from `descriptor` (read to its end), or an error naming `name`; it
    /// reads no more than one byte past the limit, so an endless stream is refused, not buffered.
    static func bounded(descriptor: Int32, name: String, limit: Int = maximumBytes) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandError(
                    exitCode: CommandError.noInput,
                    description: "\(name): cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard bytes.count <= limit else {
            let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
            throw CommandError(
                exitCode: CommandError.data,
                description: "\(name): larger than \(size); rdfit reads yearly series, not bulk data")
        }
        return bytes
    }

    /// Reads and parses a CSV table, locating any data error in `path`.
    static func table(_ path: String) throws -> DataTable {
        let bytes = try read(path)
        do {
            return try DataTable.parse(bytes: bytes)
        } catch let error as DataError {
            throw CommandError.data(error, path: displayName(path))
        }
    }
}
