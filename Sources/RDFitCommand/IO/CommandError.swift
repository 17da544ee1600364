import RDFit

/// An error the command reports on one line and maps to a sysexits status.
struct CommandError: Error, CustomStringConvertible {
    /// 64 (`EX_USAGE`) for a bad option; 65 (`EX_DATAERR`) for bad data, including an input file
    /// that is missing, a directory or unreadable; 73 (`EX_CANTCREAT`) for an output file that
    /// cannot be written.
    let exitCode: Int32
    let description: String

    static let usage: Int32 = 64
    static let data: Int32 = 65
    static let noInput: Int32 = 65
    static let cannotCreate: Int32 = 73

    /// A data error located in `path`: `path:line:column: message`.
    static func data(_ error: DataError, path: String) -> CommandError {
        var location = path
        if let line = error.line {
            location += ":\(line)"
            if let column = error.column { location += ":\(column)" }
        }
        return CommandError(exitCode: data, description: "\(location): \(OptionNames.spelled(error.message))")
    }

    static func specification(_ error: SpecificationError) -> CommandError {
        CommandError(
            exitCode: usage,
            description: "\(OptionNames.flag(for: error.setting)): \(OptionNames.spelled(error.message))")
    }

    /// The command error that a command's `validate()` threw, from the error ArgumentParser wraps
    /// it in (which it would report with status 1 and a usage hint), so that a check between
    /// options reads and exits the same in `validate()` as it would in `run()`; nil for any other
    /// error. The wrapper's type is internal to ArgumentParser: it is searched by reflection, a
    /// few levels deep.
    static func found(in error: Error, depth: Int = 3) -> CommandError? {
        if let error = error as? CommandError { return error }
        guard depth > 0 else { return nil }
        for child in Mirror(reflecting: error).children {
            if let inner = child.value as? Error, let found = found(in: inner, depth: depth - 1) {
                return found
            }
        }
        return nil
    }

    /// A refused automation-loop setting, named by its flag.
    static func automationLoop(_ error: AutomationLoopError) -> CommandError {
        let flag: String
        switch error {
        case let .invertedRange(setting, _, _), let .notPositive(setting, _), let .notFinite(setting, _),
            let .outOfRange(setting, _, _), let .empty(setting):
            flag = OptionNames.flag(for: setting)
        case .tooManyRuns: flag = OptionNames.flag(for: AutomationLoopError.Setting.runs)
        case .ceilingTooFar: flag = OptionNames.flag(for: AutomationLoopError.Setting.distanceToLimits)
        }
        return CommandError(exitCode: usage, description: "\(flag): \(error.description)")
    }
}
