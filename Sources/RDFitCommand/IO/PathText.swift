/// The path operations rdfit's file writer needs, on plain strings with `NSString`'s meaning for
/// the cases that occur (no Foundation): trailing slashes are ignored, "/" is the root.
enum PathText {
    /// The path without trailing slashes ("/" stays "/").
    private static func trimmed(_ path: String) -> Substring {
        var s = Substring(path)
        while s.count > 1 && s.hasSuffix("/") { s = s.dropLast() }
        return s
    }

    /// The last component: "a/b.svg" → "b.svg", "b.svg" → "b.svg", "a/b/" → "b", "/" → "/".
    static func lastComponent(_ path: String) -> String {
        let s = trimmed(path)
        if s == "/" { return "/" }
        guard let slash = s.lastIndex(of: "/") else { return String(s) }
        return String(s[s.index(after: slash)...])
    }

    /// The path without its last component: "a/b.svg" → "a", "b.svg" → "", "/b.svg" → "/", "/" → "/".
    static func deletingLastComponent(_ path: String) -> String {
        let s = trimmed(path)
        if s == "/" { return "/" }
        guard let slash = s.lastIndex(of: "/") else { return "" }
        var folder = s[..<slash]
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder.isEmpty ? "/" : String(folder)
    }

    /// `folder` joined with `name` by one slash ("" gives `name`).
    static func appending(_ name: String, to folder: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
