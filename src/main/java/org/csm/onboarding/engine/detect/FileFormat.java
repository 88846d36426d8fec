package org.csm.onboarding.engine.detect;

/// The layouts the app recognises; `code` is what the command line and the database record.
public enum FileFormat {
    DATA_CENTER_SERVERLESS("data_center_serverless"),
    STANDARD_TEMPLATE("standard_template"),
    UNKNOWN("unknown");

    private final String code;

    FileFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
