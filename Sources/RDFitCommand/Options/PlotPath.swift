import RDFit

/// The check shared by every `--plot`: the path names an `.svg` file (the size is
/// ``PlotSizeOptions``'s).
enum PlotPath {
    /// Refuses (exit 64) a path whose name does not end in `.svg` (any case): rdfit writes SVG
    /// only, and an SVG inside `plot.png` would mislead.
    static func check(_ path: String?) throws {
        guard let path else { return }
        guard path.lowercased().hasSuffix(".svg") else {
            throw CommandError(
                exitCode: CommandError.usage,
                description:
                    "--plot: \(MessageText.quoted(path)) does not end in .svg; rdfit writes SVG charts only, e.g. --plot chart.svg"
            )
        }
    }
}
