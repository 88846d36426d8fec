package org.csm.onboarding.engine;

/// Thrown out of long work when the user cancelled; an open import transaction rolls back.
public class CancelledException extends RuntimeException {

    public CancelledException() {
        super("Cancelled by the user.");
    }
}
