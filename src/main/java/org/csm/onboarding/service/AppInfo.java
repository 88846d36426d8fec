package org.csm.onboarding.service;

/// The application's version, from the jar manifest (Implementation-Version), for `version`
/// on the command line and Help > About.
public final class AppInfo {

    private AppInfo() {
    }

    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
