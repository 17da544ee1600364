import RDFit

extension CommandError {
    /// Runs `body`, turning the library's typed errors into located command errors.
    static func locating<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DataError {
            throw CommandError.data(error, path: path)
        } catch let error as SpecificationError {
            throw CommandError.specification(error)
        } catch let error as AutomationLoopError {
            throw CommandError.automationLoop(error)
        } catch let error as SeriesFitError {
            throw CommandError.seriesFit(error, path: path)
        } catch let error as LinearAlgebraError {
            throw CommandError(exitCode: CommandError.data, description: "\(path): \(error.description)")
        }
    }
}

extension CommandError {
    /// A full-series fit that failed: a setting the library rejects is a usage error naming its
    /// flag; a fit that does not converge (or has no finite likelihood) is a data error, exit 65,
    /// with the library's reason, never a number.
    static func seriesFit(_ error: SeriesFitError, path: String) -> CommandError {
        switch error.kind {
        case .invalidSetting:
            let settings: [String: Setting] = [
                "level": .level, "holdOutShare": .holdOut, "transitionBootstrapReplicates": .replicates,
                "threads": .threads,
            ]
            let flag = settings[error.subject].map { OptionNames.flag(for: $0) } ?? error.subject
            return CommandError(exitCode: usage, description: "\(flag): \(error.reason)")
        case .notConverged, .nonFiniteLikelihood:
            return CommandError(
                exitCode: data,
                description: "\(MessageText.path(path)): the maximum-likelihood fit failed (\(error.kind.rawValue)), "
                    + "\(error.subject): \(error.reason)")
        }
    }
}
