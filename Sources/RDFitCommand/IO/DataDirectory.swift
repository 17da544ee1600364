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

/// Finds the bundled `Data/` folder: `--data DIR`, else `./Data`, else the package's `Data/`
/// beside the build folder the executable runs from (`.build/<config>/rdfit`).
enum DataDirectory {
    static func locate(_ explicit: String?) throws -> URL {
        let manager = FileManager.default
        func isDirectory(_ url: URL) -> Bool {
            var status = stat()
            return stat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isDirectory(url) else {
                throw CommandError(
                    exitCode: CommandError.usage,
                    description: "--data: \(explicit) is not a folder; give the path of rdfit's Data/ folder")
            }
            return url
        }
        let local = URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent("Data")
        if isDirectory(local.appendingPathComponent("reference")) { return local }
        var executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        for _ in 0..<5 {
            executable = executable.deletingLastPathComponent()
            let candidate = executable.appendingPathComponent("Data")
            if isDirectory(candidate.appendingPathComponent("reference")) { return candidate }
        }
        throw CommandError(
            exitCode: CommandError.usage,
            description: "cannot find rdfit's Data/ folder; run from the package root or pass --data DIR")
    }
}
