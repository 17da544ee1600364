import Foundation
import RDFit

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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError(
                exitCode: CommandError.noInput,
                description:
                    "\(path): no such file; check the path (bundled data is in Data/, e.g. Data/computer-vision.csv)")
        }
        guard !isDirectory.boolValue else {
            throw CommandError(
                exitCode: CommandError.noInput, description: "\(path): is a directory; name a CSV file inside it")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandError(
                exitCode: CommandError.noInput,
                description: "\(path): cannot be opened for reading; check its permissions")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw CommandError(
                exitCode: CommandError.noInput, description: "\(path): cannot be read (\(error.localizedDescription))")
        }
        guard data.count <= maximumBytes else {
            throw CommandError(
                exitCode: CommandError.data,
                description: "\(path): larger than \(maximumBytes >> 20) MiB; rdfit reads yearly series, not bulk data")
        }
        return [UInt8](data)
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
