package org.csm.onboarding.model;

/// ERROR blocks an import (unless rows in error are skipped); WARNING and INFO never do.
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
