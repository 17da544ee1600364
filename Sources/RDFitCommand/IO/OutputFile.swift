import Foundation

/// Writes an output file (a plot) atomically: a temporary file beside the target, then a rename,
/// so the target is either the old file or the complete new one, never a partial write. Any failure
/// is a one-line ``CommandError`` with exit status 73 (`EX_CANTCREAT`).
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw CommandError(
                exitCode: CommandError.cannotCreate,
                description: "\(path): the folder \(directory.path) does not exist; create it or choose another path")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandError(
                exitCode: CommandError.cannotCreate,
                description: "\(path): is a directory; name a file such as plot.svg")
        }
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).rdfit-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces an existing file atomically.
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(
                    .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(
                exitCode: CommandError.cannotCreate,
                description:
                    "\(path): cannot be written (\(error.localizedDescription)); check the path and its permissions")
        }
    }
}
