import Foundation

/// Writes a chart file atomically: the text goes to a temporary file beside the target, which is
/// then renamed over it, so the target is either the old file or the complete new one, never a
/// partial write. Any failure is a one-line ``CommandError`` with exit status 73 (`EX_CANTCREAT`).
enum PlotFile {
    static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandError(exitCode: CommandError.cannotCreate, description: "\(path): cannot be written: the directory \(directory.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandError(exitCode: CommandError.cannotCreate, description: "\(path): cannot be written: it is a directory; name an .svg file")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(exitCode: CommandError.cannotCreate, description: "\(path): cannot be written (check the directory's permissions)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(exitCode: CommandError.cannotCreate, description: "\(path): cannot be written (\(reason))")
        }
    }
}
