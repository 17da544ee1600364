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
        } catch let error as LinearAlgebraError {
            throw CommandError(exitCode: CommandError.data, description: "\(path): \(error.description)")
        }
    }
}
