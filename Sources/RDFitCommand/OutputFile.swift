import Foundation

/// Writes an output file (a plot) atomically: a temporary file beside the target, then a rename,
/// so an error never leaves a partial file.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandError(exitCode: CommandError.cannotCreate, description: "\(path): the folder \(directory.path) does not exist; create it or choose another path")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).rdfit-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces an existing file atomically.
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(exitCode: CommandError.cannotCreate, description: "\(path): cannot be written (\(error.localizedDescription)); check the path and its permissions")
        }
    }
}
