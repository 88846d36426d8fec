package org.csm.onboarding.model;

import java.time.Instant;

/// A dated entry of a workspace's score history: why it was taken (`import` or `config`), the
/// import that created it (null for a configuration change) and how many accounts it holds.
public record ScoreSnapshot(long id, Long importId, Instant takenAt, String reason, int accounts) {

    public static final String IMPORT = "import";
    public static final String CONFIG = "config";
}
