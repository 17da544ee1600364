import RDFit

/// XML escaping for text and attribute values written into SVG.
enum SVGEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 forbids (C0 controls
    /// other than tab, line feed and carriage return), so any string yields well-formed XML.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A lowercase identifier made of letters, digits and hyphens (e.g. "r = 1" → "r-equals-1",
    /// "0.7" → "0-point-7"),
    /// for `id` and `class` values.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let piece: String?
            switch scalar {
            case "a"..."z", "0"..."9": piece = String(scalar)
            case "=": piece = "equals"
            case ".": piece = "point"
            case "<": piece = "lt"
            case ">": piece = "gt"
            case "%": piece = "percent"
            case "+": piece = "plus"
            default: piece = nil
            }
            if let piece {
                let isWord = piece.count > 1
                if (pendingHyphen || isWord) && !result.isEmpty && !result.hasSuffix("-") { result += "-" }
                result += piece
                pendingHyphen = isWord
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "item" : result
    }
}
