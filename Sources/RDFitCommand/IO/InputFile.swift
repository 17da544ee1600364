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
enum InputFile {
    /// The largest file rdfit reads (a yearly series is a few kilobytes; this leaves room for
    /// monthly data and the 10^6-row stress test).
    static let maximumBytes = 256 << 20

    static func read(_ path: String) throws -> [UInt8] {
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
        // Read at most one byte more than the limit, so that a larger file is recognised as such.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumBytes {
            let wanted = min(chunk.count, maximumBytes + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandError(
                    exitCode: CommandError.noInput,
                    description: "\(path): cannot be read (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard bytes.count <= maximumBytes else {
            throw CommandError(
                exitCode: CommandError.data,
                description: "\(path): larger than \(maximumBytes >> 20) MiB; rdfit reads yearly series, not bulk data")
        }
        return bytes
    }

    /// Reads and parses a CSV table, locating any data error in `path`.
    static func table(_ path: String) throws -> DataTable {
        let bytes = try read(path)
        do {
            return try DataTable.parse(bytes: bytes)
        } catch let error as DataError {
            throw CommandError.data(error, path: path)
        }
    }
}
