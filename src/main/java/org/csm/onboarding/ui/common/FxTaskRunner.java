package org.csm.onboarding.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.concurrent.Task;

import org.csm.onboarding.engine.CancelledException;
import org.csm.onboarding.engine.Progress;

/// The production [TaskRunner]: each piece of work becomes a `javafx.concurrent.Task` on one
/// background thread (work is sequential: an import never races a preview).
public final class FxTaskRunner extends RunnerState {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "csm-onboarding-worker");
        t.setDaemon(true);
        return t;
    });
    /// One thread for every [LatestOnly] lane: a superseded request that has not started costs nothing.
    private final ExecutorService latest = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "csm-onboarding-latest");
        t.setDaemon(true);
        return t;
    });
    private Task<?> current;

    @Override
    public <T> void run(String phase, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(phase);
                return work.call(new Progress() {
                    @Override
                    public void update(String step, long done, long total) {
                        updateMessage(step);
                        updateProgress(total < 0 ? -1 : done, total < 0 ? 1 : total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        current = task;
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(e -> finish(() -> onDone.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> onFailed.accept(task.getException())));
        task.setOnCancelled(e -> finish(() -> onFailed.accept(new CancelledException())));
        executor.submit(task);
    }

    private void finish(Runnable callback) {
        progress.unbind();
        message.unbind();
        running.set(false);
        current = null;
        callback.run();
    }

    @Override
    public LatestOnly latestOnly() {
        return LatestOnly.on(latest);
    }

    @Override
    public void cancel() {
        if (current != null) {
            current.cancel(false);
        }
    }
}
