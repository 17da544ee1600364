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

/// The one place the command line spells its option flags for the library's settings.
enum OptionNames {
    /// The flags that are not the setting's name in kebab case (see `flag(for:)`).
    static let irregularFlags: [Setting: String] = [
        .growthHorizon: "--over", .growthMethod: "--growth", .resamplingScheme: "--bootstrap", .warmUp: "--warmup",
        .threads: "RDFIT_THREADS", .assumptionRange: "--vary", .returns: "--r", .maximumDoublings: "--max-doublings",
        .holdOut: "--holdout", .distanceToLimits: "--limit-years", .softwareDoublingTime: "--recent-doubling-time",
        .progressCondition: "--compress", .returnsDraws: "--r-draws", .savedDraws: "--save-draws",
    ]

    /// The flag (or environment variable) that sets `setting`: its name in kebab case
    /// (`doublingTime` → `--doubling-time`) unless ``irregularFlags`` spells it otherwise.
    static func flag(for setting: Setting) -> String {
        if let flag = irregularFlags[setting] { return flag }
        var flag = "--"
        for character in setting.rawValue {
            flag += character.isUppercase ? "-" + character.lowercased() : String(character)
        }
        return flag
    }

    /// The flag that sets an automation-loop `setting` (``AutomationLoopError`` names settings in
    /// words); settings the command line does not expose fall back to those words.
    static func flag(for setting: AutomationLoopError.Setting) -> String {
        switch setting {
        case .initialReturns: return flag(for: Setting.returns)
        case .returnsDraws: return flag(for: Setting.returnsDraws)
        case .speedUp: return flag(for: Setting.speedUp)
        case .parallelPenalty: return flag(for: Setting.parallelPenalty)
        case .distanceToLimits: return flag(for: Setting.distanceToLimits)
        case .softwareShare: return flag(for: Setting.softwareShare)
        case .softwareDoublingTime: return flag(for: Setting.softwareDoublingTime)
        case .horizon: return flag(for: Setting.horizon)
        case .runs: return "--runs"
        case .conditionMonths, .conditionSpeedMultiple: return flag(for: Setting.progressCondition)
        case .gradualBoost: return "--gradual-boost"
        case .elasticity: return "--substitution"
        case .computeGrowth: return "--compute-growth"
        case .computeShare: return "--compute-weight"
        default: return setting.rawValue
        }
    }

    /// `message` with every setting ``Setting/mention`` (`` `replicates` ``) replaced by its flag
    /// (`--replicates`). One scan: at each backtick, the text up to the next backtick is looked up
    /// as a setting's raw value (the leftmost mention wins where two would share a backtick).
    static func spelled(_ message: String) -> String {
        let bytes = Array(message.utf8)
        let backtick = UInt8(ascii: "`")
        guard let first = bytes.firstIndex(of: backtick) else { return message }
        var result = [UInt8]()
        result.reserveCapacity(bytes.count + 16)
        result.append(contentsOf: bytes[..<first])
        var i = first
        while i < bytes.count {
            if bytes[i] == backtick, let close = bytes[(i + 1)...].firstIndex(of: backtick),
                let setting = Setting(rawValue: String(decoding: bytes[(i + 1)..<close], as: UTF8.self))
            {
                result.append(contentsOf: flag(for: setting).utf8)
                i = close + 1
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
