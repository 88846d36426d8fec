package org.csm.onboarding.cli;

import org.csm.onboarding.engine.validate.DuplicatePolicy;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.FileAnalysis;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// The file a command reads and how to read it: `FILE [--mapping M.json] [--config C.json]`
/// (a picocli mixin shared by `preview` and `import`).
final class InputOptions {

    @Parameters(index = "0", paramLabel = "FILE", description = "the xlsx or csv file")
    Path file;

    @Option(names = "--mapping", paramLabel = "M.json", description = "field -> header as written in the file")
    Path mapping;

    @Option(names = "--config", paramLabel = "C.json", description = "goals, weights and ranges to score with")
    Path config;

    @Option(names = "--custom-kpi", paramLabel = "SPEC",
            description = "make a numeric column a KPI (repeatable): \"column=HEADER,category=support,direction=lower"
                    + "[,name=..][,critical=..,healthy=..][,impact=medium][,frequency=monthly]\"; thresholds left out are"
                    + " suggested from the column")
    List<String> customKpis = new ArrayList<>();

    @Option(names = "--on-duplicate", paramLabel = "first|last|neither",
            description = "when rows share a customer id, keep the first, the last or neither (default: stop with an error)")
    String onDuplicate;

    /// The duplicate-id choice, `error` when none was given.
    DuplicatePolicy duplicatePolicy() throws CommandFailure {
        if (onDuplicate == null) {
            return DuplicatePolicy.ERROR;
        }
        return DuplicatePolicy.parse(onDuplicate).orElseThrow(() -> new CommandFailure(CommandLine.USAGE, "usage",
                "--on-duplicate takes first, last or neither, not \"" + onDuplicate + "\"."));
    }

    ColumnMapping columns() throws IOException, FileRefusedException {
        return InputFiles.mapping(mapping);
    }

    Optional<OnboardingConfig> scoring() throws IOException, FileRefusedException {
        return InputFiles.optionalConfig(config);
    }

    /// `config` with the custom KPIs remembered for the file's layout and those of `--custom-kpi`.
    OnboardingConfig withCustomKpis(OnboardingConfig config, FileAnalysis analysis)
            throws CommandFailure, IOException, FileRefusedException {
        return CustomKpiSpecs.apply(customKpis, analysis.recalledInto(config), analysis);
    }

    /// `file`, `error`, `imported: false`: the document a refused file has always printed.
    Map<String, Object> failureKeys() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file == null || file.getFileName() == null ? null : file.getFileName().toString());
        m.put("error", null);
        m.put("imported", false);
        return m;
    }
}
