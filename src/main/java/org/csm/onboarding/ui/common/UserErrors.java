package org.csm.onboarding.ui.common;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.csm.onboarding.engine.CancelledException;
import org.csm.onboarding.engine.read.FileRefusedException;
import org.csm.onboarding.store.StoreException;

/// Turns a failure into one sentence for the user; the details go to the log only.
public final class UserErrors {

    private static final Logger LOG = Logger.getLogger(UserErrors.class.getName());

    private UserErrors() {
    }

    public static String describe(Throwable error, Messages messages) {
        if (error instanceof CancelledException) {
            return messages.text("error.cancelled");
        }
        if (error instanceof FileRefusedException || error instanceof StoreException) {
            return error.getMessage();
        }
        LOG.log(Level.WARNING, "Operation failed", error);
        if (error instanceof IOException) {
            return messages.text("error.io", error.getMessage());
        }
        return messages.text("error.unexpected");
    }
}
