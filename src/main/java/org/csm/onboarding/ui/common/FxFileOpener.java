package org.csm.onboarding.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/// [FileOpener] with the platform's file choosers.
public final class FxFileOpener implements FileOpener {

    private final Messages messages;

    public FxFileOpener(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseCustomerFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("file.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("file.open.filter"), "*.xlsx", "*.csv"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, String suggestedName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("file.save.title"));
        chooser.setInitialFileName(suggestedName);
        for (String ext : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext, ext));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
