package org.csm.onboarding.ui.common;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/// Stands in for the native file choosers, which do not work headless: opening offers nothing,
/// saving goes to `saveDir` under the suggested name (or nowhere when `saveDir` is null).
public final class FakeFileOpener implements FileOpener {

    private final Path saveDir;

    public FakeFileOpener(Path saveDir) {
        this.saveDir = saveDir;
    }

    @Override
    public Optional<Path> chooseCustomerFile(Window owner) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, String suggestedName, String... extensions) {
        return saveDir == null ? Optional.empty() : Optional.of(saveDir.resolve(suggestedName));
    }
}
