package org.csm.onboarding.ui.common;

import java.util.ArrayList;
import java.util.List;

/// Records what the app would have shown in dialogs, so GUI tests can assert on it; every
/// confirmation is recorded and answered with `answer` (yes by default).
public final class RecordingDialogs implements DialogService {

    public final List<String> infos = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    public final List<String> confirmations = new ArrayList<>();
    /// The answer to every confirmation; yes unless a test says otherwise.
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return answer;
    }
}
