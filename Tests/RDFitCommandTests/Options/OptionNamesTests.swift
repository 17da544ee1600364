import Testing

@testable import RDFit
@testable import RDFitCommand

/// Library messages name settings as `` `rawValue` ``; the command line shows its flags instead.
@Suite("OptionNames.spelled")
struct OptionNamesTests {
    /// The straightforward respelling, one setting at a time, that the one-scan version replaces.
    static func reference(_ message: String) -> String {
        var result = message
        for setting in Setting.allCases where result.contains(setting.mention) {
            result = result.replacing(setting.mention, with: OptionNames.flag(for: setting))
        }
        return result
    }

    @Test("every setting's mention becomes its flag, as one replacement at a time would make it")
    func everySetting() {
        for setting in Setting.allCases {
            let message = "raise \(setting.mention) (now 3); see `\(setting.rawValue)` and \(setting.mention)."
            #expect(OptionNames.spelled(message) == Self.reference(message))
            #expect(OptionNames.spelled(message).contains(OptionNames.flag(for: setting)))
            #expect(!OptionNames.spelled(message).contains(setting.mention))
        }
    }

    @Test("backticks around other words, unpaired backticks and non-ASCII text are kept")
    func otherText() {
        let messages = [
            "no setting here", "", "`", "``", "`not-a-setting` then `replicates`", "it`s `replicates` α ≤ 1 `",
            "`replicates``level`", "λ̂ `seed`: 42 `seed`", "`Replicates` stays",
        ]
        for message in messages {
            #expect(OptionNames.spelled(message) == Self.reference(message), "\(message)")
        }
        #expect(OptionNames.spelled("it`s `replicates`") == "it`s --replicates")
    }

    @Test("every setting's flag is an option some subcommand's help lists (RDFIT_THREADS: the environment)")
    func everyFlagExists() {
        let help = [
            EstimateCommand.helpMessage(columns: 1000), SensitivityCommand.helpMessage(columns: 1000),
            ReproduceCommand.helpMessage(columns: 1000), SimulateCommand.helpMessage(columns: 1000),
        ].joined(separator: "\n")
        // Settings of the library that no option sets: the stored posterior draws (the command
        // line fixes them), the software-level path's samples and the toy model's scenario values
        // (library-only models) and the doubling sequences' cap (fixed by the command line).
        let withoutOption: Set<Setting> = [
            .storedDraws, .samples, .maximumDoublings, .firstDoublingPapers, .researchers, .papersPerMonth,
        ]
        for setting in Setting.allCases where !withoutOption.contains(setting) {
            let flag = OptionNames.flag(for: setting)
            if flag == "RDFIT_THREADS" { continue }
            let listed = help.split(whereSeparator: { " \n,[/".contains($0) })
                .contains { $0 == flag || $0.hasPrefix(flag + " ") || $0.hasPrefix(flag + "=") }
            #expect(listed, "\(setting) is spelled \(flag), which no subcommand's help lists")
        }
    }
}
