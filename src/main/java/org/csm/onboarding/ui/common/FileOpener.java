package org.csm.onboarding.ui.common;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/// Asks the user for files. Native choosers do not work headless, so tests replace this.
public interface FileOpener {

    /// A customer export (.xlsx, .csv) to open.
    Optional<Path> chooseCustomerFile(Window owner);

    /// Where to save; `extensions` like "*.xlsx", the first is the default.
    Optional<Path> chooseSaveTarget(Window owner, String suggestedName, String... extensions);
}
