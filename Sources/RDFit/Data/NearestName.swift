/// "Did you mean …?" suggestions for a mistyped name (a column, an option value).
package enum NearestName {
    /// The candidate closest to `name` by edit distance (insertions, deletions, substitutions and
    /// transpositions of adjacent characters, compared ignoring case), if it is reasonably close: at most one edit for
    /// names of up to five characters, and at most a third of the longer name's length beyond that.
    /// Ties go to the candidate listed first.
    /// - Parameters:
    ///   - name: what the user typed.
    ///   - candidates: the valid names.
    /// - Returns: the suggestion as written among `candidates`, or `nil` if none is close.
    package static func suggestion(for name: String, among candidates: [String]) -> String? {
        let typed = Array(name.lowercased())
        var best: (candidate: String, distance: Int)? = nil
        for candidate in candidates {
            let target = Array(candidate.lowercased())
            let distance = editDistance(typed, target)
            let allowed = max(1, max(typed.count, target.count) / 3)
            guard distance <= allowed, distance < max(typed.count, target.count) else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance: Levenshtein plus the transposition of two adjacent
    /// characters as one edit (`yaer` → `year` is 1).
    package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
