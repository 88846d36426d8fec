package org.csm.onboarding.engine;

/// Long work reports how far it got and checks whether the user cancelled. The UI maps this to
/// a JavaFX Task; the command line and tests use {@link #NONE}.
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(String phase, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /// `total` is -1 when unknown (a streamed workbook does not say how many rows it has).
    void update(String phase, long done, long total);

    boolean isCancelled();

    /// Called between rows: stops the work with {@link CancelledException} once the user cancelled.
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
