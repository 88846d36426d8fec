package org.csm.onboarding.cli;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.engine.score.KpiScorer;
import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.HealthScore;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.service.FileAnalysis;
import org.csm.onboarding.service.ImportResult;
import org.csm.onboarding.service.OnboardingService;
import org.csm.onboarding.service.PreviewResult;
import org.csm.onboarding.service.WorkspaceService;
import org.csm.onboarding.store.ConfigJson;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// One method per command; each returns its exit code.
final class Commands {

    static final String DEFAULT_WORKSPACE = "default";
    private static final Set<String> STORE_OPTIONS = Set.of("workspace", "db");

    private final PrintStream out;
    private final PrintStream err;
    private final Environment env;
    private Path logDir;
    private boolean json;

    Commands(PrintStream out, PrintStream err, Environment env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int preview(List<String> raw) throws Args.UsageException, IOException, FileRefusedException, StoreException {
        Args args = Args.parse(raw, Set.of("mapping", "config", "db"), Set.of("json"));
        json = args.flag("json");
        Path file = Path.of(args.positional(0, "FILE to preview"));
        args.expectPositionals(1);
        Path dataDir = startLogging(args);
        ColumnMapping mapping = mappingFile(args);
        OnboardingConfig config = configFile(args).orElseGet(OnboardingConfig::defaults);
        PreviewResult preview;
        try (Store store = storeForRecall(dataDir)) {
            var service = new OnboardingService(store);
            FileAnalysis analysis = service.analyze(file, mapping);
            preview = service.preview(analysis, config, Progress.NONE);
        }
        if (json) {
            out.println(Json.write(Json.preview(preview, false)));
        } else {
            HumanOutput.preview(out, preview);
        }
        return preview.hasErrors() ? CommandLine.REFUSED : CommandLine.OK;
    }

    int importFile(List<String> raw) throws Args.UsageException, IOException, FileRefusedException, StoreException {
        Args args = Args.parse(raw, Set.of("workspace", "db", "mapping", "config"), Set.of("json", "skip-invalid-rows"));
        json = args.flag("json");
        Path file = Path.of(args.positional(0, "FILE to import"));
        args.expectPositionals(1);
        ColumnMapping mapping = mappingFile(args);
        Optional<OnboardingConfig> explicitConfig = configFile(args);
        String workspace = args.option("workspace", DEFAULT_WORKSPACE);
        try (Store store = openStore(args)) {
            OnboardingConfig config = explicitConfig.isPresent() ? explicitConfig.get() : new WorkspaceService(store).config(workspace);
            var service = new OnboardingService(store);
            FileAnalysis analysis = service.analyze(file, mapping);
            ImportResult result = service.importFile(analysis, workspace, config, args.flag("skip-invalid-rows"),
                    json ? Progress.NONE : new ConsoleProgress(err));
            if (json) {
                out.println(Json.write(Json.imported(result, workspace)));
            } else {
                HumanOutput.imported(out, result, workspace);
            }
            return result.imported() ? CommandLine.OK : CommandLine.REFUSED;
        }
    }

    int scores(List<String> raw) throws Args.UsageException, IOException, FileRefusedException, StoreException {
        Args args = Args.parse(raw, STORE_OPTIONS, Set.of("json"));
        json = args.flag("json");
        args.expectPositionals(0);
        String workspace = args.option("workspace", DEFAULT_WORKSPACE);
        try (Store store = openStore(args)) {
            List<HealthScore> scores = new WorkspaceService(store).scores(workspace);
            if (json) {
                out.println(Json.write(scores.stream().map(Json::score).toList()));
            } else {
                HumanOutput.scores(out, scores, workspace);
            }
            return CommandLine.OK;
        }
    }

    int explain(List<String> raw) throws Args.UsageException, IOException, FileRefusedException, StoreException {
        Args args = Args.parse(raw, STORE_OPTIONS, Set.of("json"));
        json = args.flag("json");
        String id = args.positional(0, "ACCOUNT_ID to explain");
        args.expectPositionals(1);
        String workspace = args.option("workspace", DEFAULT_WORKSPACE);
        try (Store store = openStore(args)) {
            Optional<HealthScore> score = new WorkspaceService(store).explain(workspace, id);
            if (score.isEmpty()) {
                err.println("No account " + id + " in workspace \"" + workspace + "\".");
                return CommandLine.REFUSED;
            }
            KpiCatalog catalog = KpiCatalog.standard();
            List<String> next = score.get().kpis().stream()
                    .map(k -> KpiScorer.describeNextBand(k, catalog.get(k.kpiKey()).direction())).toList();
            if (json) {
                out.println(Json.write(Json.explanation(score.get(), next)));
            } else {
                HumanOutput.explanation(out, score.get(), next);
            }
            return CommandLine.OK;
        }
    }

    int undo(List<String> raw) throws Args.UsageException, IOException, FileRefusedException, StoreException {
        Args args = Args.parse(raw, STORE_OPTIONS, Set.of("json"));
        json = args.flag("json");
        args.expectPositionals(0);
        String workspace = args.option("workspace", DEFAULT_WORKSPACE);
        try (Store store = openStore(args)) {
            Optional<ImportRecord> undone = new WorkspaceService(store).undo(workspace, Progress.NONE);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("workspace", workspace);
                m.put("undone", undone.isPresent());
                undone.ifPresent(r -> {
                    m.put("import_id", r.id());
                    m.put("file", r.fileName());
                    m.put("accounts", r.accounts());
                });
                out.println(Json.write(m));
            } else {
                out.println(undone.map(r -> "Undid import " + r.id() + " of " + r.fileName() + " (" + r.accounts() + " accounts).")
                        .orElse("Nothing to undo in workspace \"" + workspace + "\"."));
            }
            return CommandLine.OK;
        }
    }

    int template(List<String> raw) throws Args.UsageException, IOException, FileRefusedException, StoreException {
        Args args = Args.parse(raw, Set.of(), Set.of());
        Path target = Path.of(args.positional(0, "OUT.xlsx to write the template to"));
        args.expectPositionals(1);
        StandardTemplate.write(target);
        out.println("Wrote the standard template to " + target.toAbsolutePath());
        return CommandLine.OK;
    }

    int config(List<String> raw) throws Args.UsageException, IOException, FileRefusedException, StoreException {
        Args args = Args.parse(raw, STORE_OPTIONS, Set.of("json"));
        String action = args.positional(0, "export or import");
        Path file = Path.of(args.positional(1, "FILE"));
        args.expectPositionals(2);
        String workspace = args.option("workspace", DEFAULT_WORKSPACE);
        try (Store store = openStore(args)) {
            var service = new WorkspaceService(store);
            switch (action) {
                case "export" -> {
                    Files.writeString(file, ConfigJson.write(service.config(workspace)), StandardCharsets.UTF_8);
                    out.println("Saved the configuration of workspace \"" + workspace + "\" to " + file.toAbsolutePath());
                }
                case "import" -> {
                    OnboardingConfig config = readConfig(file);
                    var summary = service.changeConfig(workspace, config, Progress.NONE);
                    out.println("Loaded the configuration into workspace \"" + workspace + "\" and rescored "
                            + summary.accounts() + " accounts.");
                }
                default -> throw new Args.UsageException("config needs export or import, not \"" + action + "\".");
            }
            return CommandLine.OK;
        }
    }

    void refused(String fileName, String message) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", fileName);
            m.put("error", Map.of("code", "file_refused", "message", message));
            m.put("imported", false);
            out.println(Json.write(m));
        }
        err.println(message);
    }

    String logHint() {
        return logDir == null ? "" : " (" + logDir + ")";
    }

    /// Preview writes nothing, but a mapping remembered from an earlier import still applies:
    /// use an existing database when one can be opened, and go on without it otherwise.
    private static Store storeForRecall(Path dataDir) {
        if (!Store.exists(dataDir)) {
            return null;
        }
        try {
            return Store.open(dataDir);
        } catch (StoreException e) {
            java.util.logging.Logger.getLogger(Commands.class.getName()).info("Preview without remembered mappings: " + e.getMessage());
            return null;
        }
    }

    private Store openStore(Args args) throws StoreException {
        Path dataDir = startLogging(args);
        return Store.open(dataDir);
    }

    private Path startLogging(Args args) {
        Path dataDir = env.dataDir(args.path("db"));
        logDir = env.startLogging(dataDir);
        return dataDir;
    }

    private ColumnMapping mappingFile(Args args) throws IOException, FileRefusedException {
        Path path = args.path("mapping");
        if (path == null) {
            return null;
        }
        try {
            return ConfigJson.readMapping(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new FileRefusedException(path.getFileName().toString(), "The mapping file " + path + " is not usable: " + e.getMessage());
        }
    }

    private Optional<OnboardingConfig> configFile(Args args) throws IOException, FileRefusedException {
        Path path = args.path("config");
        return path == null ? Optional.empty() : Optional.of(readConfig(path));
    }

    private static OnboardingConfig readConfig(Path path) throws IOException, FileRefusedException {
        try {
            return ConfigJson.read(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new FileRefusedException(path.getFileName().toString(), "The configuration file " + path + " is not usable: " + e.getMessage());
        }
    }
}
