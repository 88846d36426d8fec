package org.csm.onboarding.ui.onboarding;

import java.nio.file.Path;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.OnboardingConfig;

/// The one typed draft the wizard steps edit: the configuration of steps 1-3 (goals, industry,
/// size, weights, ranges), the file and its mapping of step 4, the account count and where the
/// user is. Observable so it can be saved as the user goes ([DraftStore]).
public final class WizardDraft {

    private final ObjectProperty<OnboardingConfig> config = new SimpleObjectProperty<>(OnboardingConfig.defaults());
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final IntegerProperty accountCount = new SimpleIntegerProperty();
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final StringProperty workspace = new SimpleStringProperty();

    public ObjectProperty<OnboardingConfig> configProperty() {
        return config;
    }

    public OnboardingConfig config() {
        return config.get();
    }

    /// The file being onboarded; null before one is chosen.
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /// The mapping chosen by hand in step 4; null means "the automatic one".
    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public IntegerProperty accountCountProperty() {
        return accountCount;
    }

    /// Zero-based index of the step shown.
    public IntegerProperty stepProperty() {
        return step;
    }

    public StringProperty workspaceProperty() {
        return workspace;
    }

    /// Everything that should trigger a save when it changes.
    public Observable[] observables() {
        return new Observable[] {config, file, mapping, accountCount, step, workspace};
    }
}
