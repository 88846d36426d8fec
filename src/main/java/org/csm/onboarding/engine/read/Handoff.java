package org.csm.onboarding.engine.read;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/// The hand-over between a reading thread and the thread that uses what it read
/// ([RowPrefetcher], [ReadAheadInputStream]): the reader never blocks for good on a full queue
/// once the user has stopped listening, and the user waits for the reader to let go of the
/// file before closing it.
final class Handoff {

    private Handoff() {
    }

    /// Puts `item` on `queue` unless `stop` is set (checked every 20 ms while the queue is full).
    static void offer(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
        }
    }

    /// Waits for `reader` to end, emptying the queue it may be waiting on; an interrupt meanwhile
    /// is kept for the caller.
    static void awaitEnd(Thread reader, BlockingQueue<?> queue) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            queue.clear();
            try {
                reader.join(20);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
