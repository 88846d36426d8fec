package org.csm.onboarding.ui.common;

/// Messages to the user in dialogs, behind an interface so tests can record them instead.
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);
}
