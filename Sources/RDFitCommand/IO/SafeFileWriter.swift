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

/// Writes a plot file without touching anything but the path it was given.
///
/// The text goes to a temporary file created in the destination's folder with an unpredictable
/// name, exclusively and without following links (`O_CREAT | O_EXCL | O_NOFOLLOW`, mode 0600),
/// then gets its final mode (the replaced file's, or 0644 less the umask) and is moved into place
/// atomically: `link(2)` for a new path (which fails rather than replace anything that appeared
/// meanwhile), `rename(2)` over an existing file. The destination must be a new path or a regular
/// file the user owns and may write; devices, folders, FIFOs, sockets, symbolic links and the
/// input file itself are refused, and so is a file with other names (hard links), which neither a
/// rename (the other names keep the old contents) nor a write in place (they change too) would
/// treat as the user expects. SIGHUP, SIGINT and SIGTERM during the write remove the temporary file.
/// Every failure is a one-line ``CommandError`` with exit status 73 (`EX_CANTCREAT`).
enum SafeFileWriter {
    /// What ``check(_:input:)`` found at the destination.
    enum Destination: Equatable {
        /// Nothing yet.
        case newFile
        /// A regular file with this device, inode and permission bits.
        case existingFile(device: UInt64, inode: UInt64, mode: mode_t)
    }

    /// The longest file name (one path component) in bytes, NAME_MAX on Linux.
    static let maximumNameBytes = 255

    /// Checks that `path` may be written, so that a command can refuse before it prints anything.
    /// - Parameters:
    ///   - input: the input file, which must not be overwritten.
    ///   - option: the option that named the path, for the message about an empty name.
    /// - Throws: ``CommandError`` (73) saying why not.
    @discardableResult
    static func check(_ path: String, input: String?, option: String = "--plot") throws -> Destination {
        func refuse(_ reason: String) -> CommandError {
            CommandError(exitCode: CommandError.cannotCreate, description: "\(MessageText.path(path)): \(reason)")
        }
        guard !path.isEmpty else {
            throw CommandError(
                exitCode: CommandError.cannotCreate,
                description:
                    "\(option): the file name is empty; name a file such as \(option == "--plot" ? "plot.svg" : "draws.csv")"
            )
        }
        let name = PathText.lastComponent(path)
        guard name.utf8.count <= maximumNameBytes else {
            throw refuse("the file name is longer than \(maximumNameBytes) bytes; choose a shorter name")
        }
        var info = stat()
        if lstat(path, &info) != 0 {
            let error = errno
            guard error == ENOENT, !path.hasSuffix("/") else {
                throw refuse(
                    error == ENOENT
                        ? "the folder does not exist; create it or choose another path"
                        : "cannot be examined (\(String(cString: strerror(error)))); check the path and its permissions"
                )
            }
            let folder = self.folder(of: path)
            var folderInfo = stat()
            guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
                throw refuse("the folder \(MessageText.path(folder)) does not exist; create it or choose another path")
            }
            guard access(folder, W_OK | X_OK) == 0 else {
                throw refuse("the folder \(MessageText.path(folder)) is not writable; choose another path")
            }
            return .newFile
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw refuse("is a directory; name a file such as plot.svg")
        case S_IFLNK:
            throw refuse("is a symbolic link; rdfit does not replace links or write through them; name the file itself")
        case S_IFCHR, S_IFBLK: throw refuse("is a device, not a regular file; name a file such as plot.svg")
        case S_IFIFO: throw refuse("is a FIFO (named pipe), not a regular file; name a file such as plot.svg")
        default: throw refuse("is not a regular file; name a file such as plot.svg")
        }
        if let input {
            var inputInfo = stat()
            if stat(input, &inputInfo) == 0 && inputInfo.st_dev == info.st_dev && inputInfo.st_ino == info.st_ino {
                throw refuse(
                    "is the input file; the plot would overwrite the data; choose another name such as plot.svg")
            }
        }
        if info.st_nlink > 1 {
            throw refuse(
                "has \(info.st_nlink) names (hard links); replacing it would leave the other names with the old contents, writing in place would change them too; remove the other links or choose another path"
            )
        }
        guard info.st_uid == geteuid() else {
            throw refuse(
                "belongs to another user; replacing it would change its owner; remove it first or choose another path")
        }
        guard info.st_mode & S_IWUSR != 0, access(path, W_OK) == 0 else {
            throw refuse("is read-only; make it writable or choose another path")
        }
        let folder = self.folder(of: path)
        guard access(folder, W_OK | X_OK) == 0 else {
            throw refuse(
                "the folder \(MessageText.path(folder)) is not writable, so the file cannot be replaced atomically; choose another path"
            )
        }
        return .existingFile(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), mode: info.st_mode & 0o777)
    }

    /// Writes `text` to `path` (see the type's description).
    /// - Throws: ``CommandError`` (73) when the destination is refused or the write fails; the
    ///   temporary file is removed and the destination left as it was.
    static func write(_ text: String, to path: String, input: String?) throws {
        let destination = try check(path, input: input)
        func failure(_ what: String, _ error: Int32) -> CommandError {
            CommandError(
                exitCode: CommandError.cannotCreate,
                description:
                    "\(MessageText.path(path)): \(what) (\(String(cString: strerror(error)))); check the path, its permissions and the free space"
            )
        }
        let folder = self.folder(of: path)
        let name = PathText.lastComponent(path)
        var temporary = ""
        var descriptor: Int32 = -1
        TemporaryFileCleanup.installHandlers()
        // SIGHUP, SIGINT and SIGTERM wait while the file is created and registered, so that a
        // signal between the two cannot leave an unregistered temporary behind.
        var cleanupSignals = sigset_t()
        sigemptyset(&cleanupSignals)
        for signalNumber in TemporaryFileCleanup.signals { sigaddset(&cleanupSignals, signalNumber) }
        pthread_sigmask(SIG_BLOCK, &cleanupSignals, nil)
        var openError: Int32 = 0
        for _ in 0..<32 {
            temporary = PathText.appending(temporaryName(for: name), to: folder)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            openError = errno
            if descriptor >= 0 || openError != EEXIST { break }
        }
        if descriptor >= 0 { TemporaryFileCleanup.register(temporary) }
        pthread_sigmask(SIG_UNBLOCK, &cleanupSignals, nil)
        guard descriptor >= 0 else { throw failure("cannot create a temporary file beside it", openError) }
        var closed = false
        func abandon(_ error: CommandError) -> CommandError {
            if !closed { close(descriptor) }
            unlink(temporary)
            TemporaryFileCleanup.clear()
            return error
        }
        let mode: mode_t
        switch destination {
        case .newFile:
            let mask = umask(0o022)
            umask(mask)
            mode = 0o644 & ~mask
        case let .existingFile(_, _, existing):
            mode = existing
        }
        guard fchmod(descriptor, mode) == 0 else {
            throw abandon(failure("cannot set the mode of the temporary file", errno))
        }
        if let error = StandardStreams.write(text, to: descriptor) {
            throw abandon(failure("cannot be written", error))
        }
        guard fsync(descriptor) == 0 else { throw abandon(failure("cannot be written", errno)) }
        closed = true
        guard close(descriptor) == 0 else { throw abandon(failure("cannot be written", errno)) }
        pauseForTests()
        switch destination {
        case .newFile:
            // link(2) never replaces: anything that appeared at the path meanwhile is left alone.
            if link(temporary, path) != 0 {
                let error = errno
                guard error == EPERM || error == ENOTSUP || error == EOPNOTSUPP, lstatFails(path) else {
                    throw abandon(
                        failure(
                            error == EEXIST
                                ? "something appeared at this path while the plot was written; it was left alone"
                                : "cannot be written", error))
                }
                guard rename(temporary, path) == 0 else { throw abandon(failure("cannot be written", errno)) }
            } else {
                unlink(temporary)
            }
        case let .existingFile(device, inode, _):
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, UInt64(info.st_dev) == device,
                UInt64(info.st_ino) == inode
            else {
                throw abandon(failure("changed while the plot was written; it was left alone", EAGAIN))
            }
            guard rename(temporary, path) == 0 else { throw abandon(failure("cannot be written", errno)) }
        }
        TemporaryFileCleanup.clear()
    }

    /// The folder holding `path` ("." for a bare name).
    static func folder(of path: String) -> String {
        let folder = PathText.deletingLastComponent(path)
        return folder.isEmpty ? "." : folder
    }

    /// `.NAME.XXXXXXXXXXXXXXXX.tmp` with 64 random bits, or `.rdfit-XXXXXXXXXXXXXXXX.tmp` when that
    /// would be longer than a file name may be.
    static func temporaryName(for name: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = String(generator.next() as UInt64, radix: 16)
        let long = ".\(name).\(random).tmp"
        return long.utf8.count <= maximumNameBytes ? long : ".rdfit-\(random).tmp"
    }

    private static func lstatFails(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) != 0 && errno == ENOENT
    }

    /// Tests only: `RDFIT_TEST_PLOT_PAUSE_MS` holds the finished temporary file for that long before
    /// it is moved into place, so that a test can deliver a signal while it exists.
    private static func pauseForTests() {
        guard let text = ProcessInfo.processInfo.environment["RDFIT_TEST_PLOT_PAUSE_MS"],
            let milliseconds = UInt32(text)
        else { return }
        usleep(min(milliseconds, 10_000) * 1000)
    }
}

/// Removes the plot's temporary file when SIGHUP (the terminal closed), SIGINT or SIGTERM arrives
/// during the write. The path
/// is kept as a C string so that the handler only calls async-signal-safe functions (`unlink`,
/// `signal`, `raise`); a signal the process was started with ignored stays ignored, one it was
/// started with blocked is unblocked on the calling thread.
enum TemporaryFileCleanup {
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var installed = false
    /// The signals whose default action ends the process and that a user or a session sends to
    /// stop a command.
    static let signals: [Int32] = [SIGHUP, SIGINT, SIGTERM]

    static func installHandlers() {
        guard !installed else { return }
        installed = true
        _ = path
        for signalNumber in signals {
            let previous = signal(signalNumber, temporaryFileSignalHandler)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(signalNumber, SIG_IGN)
            }
        }
        // A mask inherited from the parent (a thread that blocks signals) would keep the handler
        // from ever running; this thread takes the signals while the file exists.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in signals { sigaddset(&unblock, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    static func register(_ temporary: String) {
        let copy = strdup(temporary)
        let old = path
        path = copy
        free(old)
    }

    static func clear() {
        let old = path
        path = nil
        free(old)
    }

    fileprivate static func removeRegistered() {
        if let path { unlink(path) }
    }
}

private func temporaryFileSignalHandler(_ signalNumber: Int32) {
    TemporaryFileCleanup.removeRegistered()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
