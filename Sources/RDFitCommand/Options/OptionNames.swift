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
    /// The flag (or environment variable) that sets `setting`.
    static func flag(for setting: Setting) -> String {
        switch setting {
        case .input: return "--input"
        case .weight: return "--weight"
        case .output: return "--output"
        case .doublingTime: return "--doubling-time"
        case .growthFactor: return "--growth-factor"
        case .growthHorizon: return "--over"
        case .growthMultiple: return "--growth-multiple"
        case .interval: return "--interval"
        case .intervalLevel: return "--interval-level"
        case .method: return "--method"
        case .growthMethod: return "--growth"
        case .resamplingScheme: return "--bootstrap"
        case .intervalMethod: return "--interval-method"
        case .cumulative: return "--cumulative"
        case .likelihood: return "--likelihood"
        case .years: return "--years"
        case .blockLength: return "--block-length"
        case .replicates: return "--replicates"
        case .level: return "--level"
        case .window: return "--window"
        case .hacLag: return "--hac-lag"
        case .hacCorrection: return "--hac-correction"
        case .windowMean: return "--window-mean"
        case .horizon: return "--horizon"
        case .chains: return "--chains"
        case .draws: return "--draws"
        case .warmUp: return "--warmup"
        case .storedDraws: return "--stored-draws"
        case .threads: return "RDFIT_THREADS"
        case .spillover: return "--spillover"
        case .spilloverShare: return "--spillover-share"
        case .computeShare: return "--compute-share"
        case .outputMultiplier: return "--output-multiplier"
        case .assumptionRange: return "--vary"
        case .points: return "--points"
        case .samples: return "--samples"
        case .returns: return "--r"
        case .firstDoubling: return "--first-doubling"
        case .firstDoublingDays: return "--first-doubling-days"
        case .doublings: return "--doublings"
        case .maximumDoublings: return "--max-doublings"
        case .daysPerMonth: return "--days-per-month"
        case .paperGrowth: return "--paper-growth"
        case .firstDoublingPapers: return "--first-doubling-papers"
        case .researchers: return "--researchers"
        case .papersPerMonth: return "--papers-per-month"
        case .trainingRunRatio: return "--training-run-ratio"
        case .firstTrainingRun: return "--first-training-run"
        case .trainingRuns: return "--training-runs"
        case .noise: return "--noise"
        case .inputKind: return "--input-kind"
        case .holdOut: return "--holdout"
        case .speedUp: return "--speed-up"
        case .parallelPenalty: return "--parallel-penalty"
        case .distanceToLimits: return "--limit-years"
        case .softwareShare: return "--software-share"
        case .softwareDoublingTime: return "--recent-doubling-time"
        case .progressCondition: return "--compress"
        case .returnsDraws: return "--r-draws"
        case .savedDraws: return "--save-draws"
        case .substitution: return "--substitution"
        case .computeGrowth: return "--compute-growth"
        case .computeWeight: return "--compute-weight"
        case .computeSubstitution: return "--compute-substitution"
        case .plotWidth: return "--plot-width"
        case .plotHeight: return "--plot-height"
        }
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
